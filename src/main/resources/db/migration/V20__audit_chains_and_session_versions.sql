-- One audit chain per tenant (chain 0: entries of no tenant, e.g. sign-ins with unknown names and the platform
-- operator's work). Entries written before this migration keep their global chain, numbered -1, verified by the
-- platform operator: rewriting them into tenant chains would be rewriting history.
create table audit_chain (
    chain_id  bigint      not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain (chain_id, last_seq, last_hash) select -1, last_seq, last_hash from audit_head where id = 1;
insert into audit_chain (chain_id, last_seq, last_hash)
values (0, 0, '0000000000000000000000000000000000000000000000000000000000000000');
insert into audit_chain (chain_id, last_seq, last_hash)
select id, 0, '0000000000000000000000000000000000000000000000000000000000000000' from tenant;
drop table audit_head;

alter table audit_entry add column chain_id bigint default -1 not null;
alter table audit_entry drop constraint uk_audit_seq;
alter table audit_entry add constraint uk_audit_chain_seq unique (chain_id, seq);

-- Sessions and tokens follow the account: any change that must end them raises the account's security version.
alter table staff_account add column security_version integer default 0 not null;
alter table personal_access_token add column security_version integer default 0 not null;
