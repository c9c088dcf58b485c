-- The enforcement certificate number (行政执法证号) of an officer, published before enforcement (公示).
alter table staff_account add column certificate_no varchar(30);
alter table staff_account_aud add column certificate_no varchar(30);
