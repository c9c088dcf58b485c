-- The legal-profession qualification certificate (法律职业资格证书) of a legal reviewer: a first-time reviewer of penalty
-- decisions must hold it (行政处罚法 第五十八条第二款).
alter table staff_account add column qualification_no varchar(30);
alter table staff_account_aud add column qualification_no varchar(30);
