-- The workbench's 已办 reads a person's latest case steps; registration lists the escalated hazards not yet filed.
create index ix_case_event_actor on case_event (actor_id, happened_on);
create index ix_case_hazard on penalty_case (hazard_id);
