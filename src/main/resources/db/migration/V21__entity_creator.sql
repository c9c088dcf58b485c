-- Data scope OWN reads the entities an account registered: the register keeps who registered each entity.
alter table regulated_entity add column created_by bigint;
