-- the deadline list: open deadlines by due day, and their count
select * from deadline where tenant_id = :tenant and state <> 'COMPLETED' order by due_date, id offset 0 rows fetch first 20 rows only;
select count(id) from deadline where tenant_id = :tenant and state <> 'COMPLETED';
