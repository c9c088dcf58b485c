-- The fine a legal reviewer's amending opinion sets (行政处罚法 第五十八条): the decision follows it.
alter table penalty_case add column reviewed_fine bigint;
