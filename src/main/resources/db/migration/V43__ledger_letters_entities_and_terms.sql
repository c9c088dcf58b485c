-- A commitment letter (主体责任承诺书) between a community and a regulated entity names the entity by its GB 32100
-- credit code, an entity of the enforcement register (regulated_entity) in the letter's community; a letter with a
-- community names none. Every letter runs for a term of whole years from the day signed (年度责任书: one year), so
-- that the coverage of a community's entities by letters in force can be told for any day.
alter table ledger_responsibility_letter add column entity_code varchar(18);
alter table ledger_responsibility_letter add column term_years integer not null default 1;
create index ix_letter_entity on ledger_responsibility_letter (tenant_id, entity_code, occurred_on);
