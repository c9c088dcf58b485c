-- The number (文号) of the rectification order served for a hazard, drawn once from its series.
alter table hazard add column notice_no varchar(60);
