-- Indexes that match the filters and the order of the paged lists, so a page reads its 20 rows from the index
-- instead of sorting every row of the subdistrict (issue 12: 100,000 cases in one subdistrict). A B-tree serves its
-- order both ways: (tenant_id, registered_on, id) answers "order by registered_on desc, id desc" too.

-- penalty cases: newest first (the default), oldest first, by decision day; per community for community staff
create index ix_case_list on penalty_case (tenant_id, registered_on, id);
create index ix_case_list_community on penalty_case (tenant_id, community_id, registered_on, id);
create index ix_case_list_decided on penalty_case (tenant_id, decided_on, id);
create index ix_case_list_officer1 on penalty_case (tenant_id, officer1_id, registered_on);
create index ix_case_list_officer2 on penalty_case (tenant_id, officer2_id, registered_on);

-- inspections by planned day, hazards by the day their rectification was ordered
create index ix_inspection_list on inspection (tenant_id, planned_on, id);
create index ix_inspection_list_community on inspection (tenant_id, community_id, planned_on, id);
create index ix_hazard_list on hazard (tenant_id, ordered_on, id);
create index ix_hazard_list_community on hazard (tenant_id, community_id, ordered_on, id);

-- deadlines by due day; regulated entities by community and name
create index ix_deadline_list on deadline (tenant_id, due_date, id);
create index ix_entity_list on regulated_entity (tenant_id, community_id, name);
