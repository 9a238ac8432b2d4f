-- Saved planning scenarios (issue 5): the figures of a plan and every task's start.
create table plan_scenario (
    id uuid primary key,
    neighbourhood_id uuid not null,
    name varchar(200) not null,
    created_at timestamp with time zone not null,
    granularity varchar(10) not null,
    shift_cost_cents bigint not null,
    total_saving_cents bigint not null,
    shift_penalty_cents bigint not null,
    baseline_saving_cents bigint not null,
    baseline_penalty_cents bigint not null,
    baseline_feasible boolean not null,
    example boolean not null default false
);
create index plan_scenario_neighbourhood on plan_scenario (neighbourhood_id);

create table plan_scenario_start (
    scenario_id uuid not null references plan_scenario (id) on delete cascade,
    task_code varchar(100) not null,
    start_date date not null,
    end_date date not null,
    package_first varchar(100),
    rides_along boolean not null,
    reason varchar(40) not null,
    reason_detail varchar(300) not null,
    primary key (scenario_id, task_code)
);
