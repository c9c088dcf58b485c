-- the inspection list's two statements: the page with one row more, and its count up to 1,001
select * from inspection where tenant_id = :tenant order by planned_on desc, id desc offset 0 rows fetch first 21 rows only;
select count(*) from (select id from inspection where tenant_id = :tenant fetch first 1001 rows only) t;
