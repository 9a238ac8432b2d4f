-- At most one RUNNING plan run per neighbourhood, over all instances. running_in holds the neighbourhood while the run
-- is RUNNING and is null otherwise; a unique index allows any number of nulls (H2 and PostgreSQL alike), so a second
-- claim in the same neighbourhood fails at the index even when two instances claim at the same moment. Runs already
-- running keep null and end as before.
alter table plan_run add column running_in uuid;
create unique index plan_run_one_running on plan_run (running_in);
