-- Tops the demo subdistrict's cases up to the export benchmark's rows. psql variables: tenant, copies.
\set ON_ERROR_STOP on
\ir copy-rows.sql
\timing on
select pg_temp.copy_rows('penalty_case', :tenant, :tenant, 0, :copies) as cases;
\timing off
analyze penalty_case;
