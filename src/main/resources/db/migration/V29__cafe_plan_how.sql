-- How the saved plan was made, so the café page can say it in the reader's language: where it started
-- (greedy, a construction, by hand…), the construction's family and notation ("AG(2, 4)") and rounds, and
-- whether local search and simulated annealing changed it. Plans saved before this have none.
alter table cafe_cafes add column plan_start varchar(24);
alter table cafe_cafes add column plan_family varchar(24);
alter table cafe_cafes add column plan_notation varchar(60);
alter table cafe_cafes add column plan_design_rounds integer;
alter table cafe_cafes add column plan_searched boolean;
alter table cafe_cafes add column plan_annealed boolean;
