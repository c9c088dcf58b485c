-- The workbench asks on every load for the open disputes that may escalate (可能激化): a range of this index, not a
-- walk over every dispute of the subdistrict.
create index ix_dispute_volatile on dispute (tenant_id, volatile_risk, received_on, id);
