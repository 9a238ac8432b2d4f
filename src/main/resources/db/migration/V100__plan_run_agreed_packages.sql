-- Agreed packages (werk-met-werk afspraken) a plan run keeps together: JSON, a list of lists of task ids; all tasks
-- of a package run on at least one common day. Empty list for runs without agreements.
alter table plan_run add column agreed_packages text;
