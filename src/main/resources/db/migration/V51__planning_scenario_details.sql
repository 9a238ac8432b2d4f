-- What a saved scenario needs to be compared, explained and exported on its own (issue 5, item 4): each task's
-- name, owner, preferred start, whether it opens the street and what it saves; the pots with their portfolio
-- holders, what each task draws from them, and the spending per pot per year against that year's amount,
-- all as they were when the scenario was saved.
alter table plan_scenario add column based_on uuid;
alter table plan_scenario_start add column task_title varchar(300) default '' not null;
alter table plan_scenario_start add column task_owner varchar(200) default '' not null;
alter table plan_scenario_start add column preferred_start date;
alter table plan_scenario_start add column opens_street boolean default false not null;
alter table plan_scenario_start add column saving_cents bigint default 0 not null;

create table plan_scenario_pot (
    scenario_id uuid not null references plan_scenario (id) on delete cascade,
    pot varchar(200) not null,
    owner varchar(200) not null,
    portfolio_holder varchar(200) not null,
    primary key (scenario_id, pot)
);

create table plan_scenario_pot_year (
    scenario_id uuid not null references plan_scenario (id) on delete cascade,
    pot varchar(200) not null,
    budget_year int not null,
    amount_cents bigint not null,
    spent_cents bigint not null,
    primary key (scenario_id, pot, budget_year)
);

create table plan_scenario_funding (
    scenario_id uuid not null references plan_scenario (id) on delete cascade,
    task_code varchar(100) not null,
    pot varchar(200) not null,
    amount_cents bigint not null,
    primary key (scenario_id, task_code, pot)
);
