-- 行政处罚法 第五十七条: the officer submits the investigation's result with a proposed decision (拟处理意见) and the
-- head of the body decides on it; 第四十五条、第六十二条: the party's statement-and-defence period, its written waiver,
-- and the review (复核) of what the party said, point by point.
alter table penalty_case add column defence_due_on date;
alter table penalty_case add column defence_waived_on date;
alter table penalty_case add column defence_waiver varchar(500);
alter table penalty_case add column defence_review varchar(2000);
alter table penalty_case add column proposal_on date;
alter table penalty_case add column proposal_by varchar(100);
alter table penalty_case add column proposal_outcome varchar(20);
alter table penalty_case add column proposal_kind varchar(20);
alter table penalty_case add column proposal_fine bigint;
alter table penalty_case add column proposal_level varchar(20);
alter table penalty_case add column proposal_reason varchar(2000);
alter table penalty_case add column decided_by varchar(100);

-- 行政处罚法 第五十九条第一款第四项、第五项, 第六十七条: the decision says where to pay (the office's collecting bank and
-- account, or the online channel) and which body reviews it and which court hears it; the administrator keeps them.
alter table enforcement_office add column payment_bank varchar(100);
alter table enforcement_office add column payment_account_name varchar(100);
alter table enforcement_office add column payment_account varchar(40);
alter table enforcement_office add column payment_online varchar(200);
alter table enforcement_office add column review_body varchar(100);
alter table enforcement_office add column court varchar(100);
