-- the inspection list's two statements
select * from inspection where tenant_id = :tenant order by planned_on desc, id desc offset 0 rows fetch first 20 rows only;
select count(id) from inspection where tenant_id = :tenant;
