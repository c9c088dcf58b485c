-- the dispute list's two statements: its page of 50 (newest first, one row more to know whether a next page exists)
-- and its count, which stops at 1,001 ids (CappedPage)
select * from dispute where tenant_id = :tenant order by received_on desc, id desc offset 0 rows fetch first 51 rows only;
select id from dispute where tenant_id = :tenant fetch first 1001 rows only;
