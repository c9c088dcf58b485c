-- Fills the benchmark database with a city's worth of records through the domain's own tables, by copying the demo
-- subdistrict's own rows: every column that must hold a value keeps the copied row's, the day columns the lists sort
-- and filter by are spread over five years. psql variables:
--   tenant      the demo subdistrict's id: it gets :local_rows cases, inspections, hazards, deadlines and disputes
--   local_rows  rows per table in the demo subdistrict (100,000 in every size)
--   city_rows   rows per table in the other subdistricts of the city (0, 900,000 or 9,900,000), spread over
--               :subdistricts synthetic subdistrict ids (their audit entries form chains of their own)
\set ON_ERROR_STOP on

\ir copy-rows.sql

\timing on
-- the demo subdistrict: one subdistrict at the scale of the issue (cases, inspections, hazards, deadlines)
select pg_temp.copy_rows('penalty_case', :tenant, :tenant, 0, :local_rows) as cases;
select pg_temp.copy_rows('inspection', :tenant, :tenant, 0, :local_rows) as inspections;
select pg_temp.copy_rows('hazard', :tenant, :tenant, 0, :local_rows) as hazards;
select pg_temp.copy_rows('deadline', :tenant, :tenant, 0, :local_rows) as deadlines;
select pg_temp.copy_rows('dispute', :tenant, :tenant, 0, :local_rows) as disputes;
-- the rest of the city: the same records in other subdistricts
select pg_temp.copy_rows('penalty_case', :tenant, 900000000, :subdistricts, :city_rows) as city_cases;
select pg_temp.copy_rows('inspection', :tenant, 900000000, :subdistricts, :city_rows) as city_inspections;
select pg_temp.copy_rows('hazard', :tenant, 900000000, :subdistricts, :city_rows) as city_hazards;
select pg_temp.copy_rows('deadline', :tenant, 900000000, :subdistricts, :city_rows) as city_deadlines;
select pg_temp.copy_rows('dispute', :tenant, 900000000, :subdistricts, :city_rows) as city_disputes;
-- audit entries of the other subdistricts, a chain each (the demo subdistrict's own chain is left as it is)
insert into audit_entry (chain_id, seq, occurred_at, tenant_id, actor_id, actor_name, action, record_type, record_id,
                         outcome, client_address, detail, prev_hash, hash)
select 900000000 + (g % :subdistricts), g / :subdistricts + 1, now() - (g % 1800) * interval '1 day',
       900000000 + (g % :subdistricts), 1, 'bench', 'CREATE', 'PENALTY_CASE', g::text, 'SUCCESS', '127.0.0.1',
       'generated for the benchmark', repeat('0', 64), md5(g::text) || md5(g::text)
  from generate_series(0, :city_rows - 1) g;
\timing off
analyze penalty_case, inspection, hazard, deadline, dispute, audit_entry;
