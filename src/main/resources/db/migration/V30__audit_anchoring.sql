-- Batched anchoring of the audit trail (issue 12, the write path): an entry is inserted with the change it describes,
-- without its place in the chain, and moments after the commit the anchoring gives it its sequence number, the previous
-- entry's hash and its own hash. Until then these three are empty; the unique (chain_id, seq) allows many empty ones.
alter table audit_entry alter column seq drop not null;
alter table audit_entry alter column prev_hash drop not null;
alter table audit_entry alter column hash drop not null;
