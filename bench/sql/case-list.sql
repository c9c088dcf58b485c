-- the case list's two statements: its page (newest first, one row more to know whether a next page exists) and its
-- count, which stops at 1,001 ids (CappedPage)
select * from penalty_case where tenant_id = :tenant order by registered_on desc, id desc offset 0 rows fetch first 21 rows only;
select id from penalty_case where tenant_id = :tenant fetch first 1001 rows only;
