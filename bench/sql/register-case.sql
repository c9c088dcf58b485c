-- registering a case: the row, its audit entry appended to the subdistrict's chain, in one transaction
begin;
insert into penalty_case (tenant_id, community_id, source, matter_id, party_kind, party_name, facts, procedure_kind,
  state, officer1_id, officer2_id, officer_names, registered_on, created_by, created_at)
select tenant_id, community_id, 'PATROL', matter_id, party_kind, party_name, facts, 'GENERAL', 'REGISTERED',
  officer1_id, officer2_id, officer_names, current_date, created_by, now() from penalty_case where id = :case_id;
update audit_chain set last_seq = last_seq + 1 where chain_id = :tenant;
insert into audit_entry (chain_id, seq, occurred_at, tenant_id, actor_id, actor_name, action, record_type, record_id,
  outcome, client_address, detail, prev_hash, hash)
select chain_id, last_seq, now(), :tenant, 1, 'bench', 'CREATE', 'PENALTY_CASE', '0', 'SUCCESS', '127.0.0.1',
  'PATROL', last_hash, last_hash from audit_chain where chain_id = :tenant;
commit;
