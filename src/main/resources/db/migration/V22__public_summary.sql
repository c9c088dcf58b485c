-- What is published of a penalty decision is built from its structured fields plus a summary written for
-- publication and screened for personal information; the facts as investigated are never published as such.
alter table penalty_case add column public_summary varchar(1000);
