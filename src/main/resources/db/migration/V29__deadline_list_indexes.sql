-- The deadline list read by the database (issue 12): each standing is a range of one index in the list's order.
-- The running list (open, then paused, each by due day) is the range state > 'COMPLETED' of (tenant, state, due day),
-- overdue, due soon and on time are ranges of the open ones by due day; the completed list is read latest first.
create index ix_deadline_standing on deadline (tenant_id, state, due_date, id);
create index ix_deadline_completed on deadline (tenant_id, state, completed_on, id);
-- superseded by ix_deadline_standing, of which it is a prefix
drop index ix_deadline_tenant_due;
