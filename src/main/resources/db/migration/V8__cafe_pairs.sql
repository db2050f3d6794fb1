-- Pairs of café participants the planner treats specially: kept apart (never at one table) or allowed
-- together (colleagues whose sitting together is not held against the plan). One kind per pair.
alter table cafe_apart rename to cafe_pairs;
alter table cafe_pairs add column kind varchar(10) default 'APART' not null;
