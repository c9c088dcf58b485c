-- Enforcement through the court (行政强制法 第五十三条、第五十四条): the urging notice served, and the application.
alter table penalty_case add column urged_on date;
alter table penalty_case add column court_applied_on date;
alter table penalty_case add column court varchar(100);
