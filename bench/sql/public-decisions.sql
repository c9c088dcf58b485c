-- the public list of this year's published penalty decisions
select * from penalty_case where tenant_id = :tenant and published_on >= date_trunc('year', current_date)
  and withdrawn_on is null order by published_on desc, id desc;
