-- A saved scenario is out of date once a task of its neighbourhood is registered, changed, imported or removed after
-- it was saved: the moment of the first such change, null while the scenario still matches the tasks.
alter table plan_scenario add column outdated_since timestamp with time zone;
