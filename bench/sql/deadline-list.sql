-- the deadline list: the running deadlines (open by due day, then paused) and their count up to 1,001, as the page
-- reads them (the record's own scope is a subquery per record kind, not measured here)
select * from deadline where tenant_id = :tenant and state > 'COMPLETED' order by state, due_date, id offset 0 rows fetch first 51 rows only;
select count(*) from (select id from deadline where tenant_id = :tenant and state > 'COMPLETED' fetch first 1001 rows only) t;
