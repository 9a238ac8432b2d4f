-- What an organiser weighs beside money in a plan run and its scenario: a cost per street-open day and a worth per
-- point of integral value (both in euro cents, 0 = money alone), and the theme weights and co-benefit links the run
-- valued couplings with (JSON), so any instance plans and saves the run alike.
alter table plan_run add column nuisance_cost_cents bigint default 0 not null;
alter table plan_run add column value_cents_per_point bigint default 0 not null;
alter table plan_run add column valuation text;
alter table plan_scenario add column nuisance_cost_cents bigint default 0 not null;
alter table plan_scenario add column value_cents_per_point bigint default 0 not null;
-- the schedule's and the baseline's street-open days, street-opening days apart and co-benefit points
alter table plan_scenario add column street_open_days bigint default 0 not null;
alter table plan_scenario add column street_open_days_apart bigint default 0 not null;
alter table plan_scenario add column co_benefit_points bigint default 0 not null;
alter table plan_scenario add column baseline_street_open_days bigint default 0 not null;
alter table plan_scenario add column baseline_co_benefit_points bigint default 0 not null;
-- the published atelier whose joint picture weighed the themes; null for equal weights
alter table plan_scenario add column weights_from varchar(300);
