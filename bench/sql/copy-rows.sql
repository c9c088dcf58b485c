-- pg_temp.copy_rows(table, from tenant, to tenant base, tenants, copies): inserts copies of the first row of a tenant
-- into a table through its own columns, the day columns spread over five years (included by generate.sql and
-- export-rows.sql).
create or replace function pg_temp.copy_rows(tbl text, from_tenant bigint, to_tenant_base bigint, tenants int,
		copies bigint) returns bigint language plpgsql as $$
declare
	cols text;
	vals text;
	n bigint;
begin
	if copies <= 0 then
		return 0;
	end if;
	select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
	       string_agg(case
	           when column_name = 'tenant_id' and tenants > 0 then format('%s + (g %% %s)', to_tenant_base, tenants)
	           when column_name = 'tenant_id' then to_tenant_base::text
	           when column_name in ('registered_on', 'planned_on', 'ordered_on', 'due_date', 'trigger_date', 'received_on')
	               then 'date ''2021-01-01'' + (g % 1800)::int'
	           when column_name in ('decided_on') then 'case when g % 3 = 0 then null else date ''2021-01-01'' + (g % 1800)::int end'
	           when column_name = 'case_no' then 'null'
	           when column_name = 'dispute_no' then '''BENCH-'' || g'
	           when column_name = 'record_id' and tbl = 'deadline' then 'g::text'
	           else 't.' || quote_ident(column_name) end, ', ' order by ordinal_position)
	  into cols, vals
	  from information_schema.columns
	 where table_schema = current_schema() and table_name = tbl and column_name <> 'id';
	execute format('insert into %I (%s) select %s from %I t cross join generate_series(1, %s) g '
	               'where t.id = (select min(id) from %I where tenant_id = %s)',
	               tbl, cols, vals, tbl, copies, tbl, from_tenant);
	get diagnostics n = row_count;
	return n;
end $$;
