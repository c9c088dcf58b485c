-- a case page's records: the case, its log, evidence, documents and deadlines
select * from penalty_case where id = :case_id and tenant_id = :tenant;
select * from case_event where case_id = :case_id order by id;
select * from case_evidence where case_id = :case_id order by id;
select * from case_document where case_id = :case_id order by id;
select * from deadline where tenant_id = :tenant and record_type = 'PENALTY_CASE' and record_id = ':case_id';
