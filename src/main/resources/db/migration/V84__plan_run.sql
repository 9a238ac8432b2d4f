-- Planner runs as rows, so every instance of the application sees, cancels and saves every run, and a run outlives
-- the process that asked for it. A run is QUEUED until an instance claims it (RUNNING, with its owner and heartbeat),
-- then ends DONE, CANCELLED, NO_SCHEDULE, FAILED or ABANDONED (its owner stopped sending heartbeats).
create table plan_run (
    id uuid primary key,
    neighbourhood_id uuid not null,
    -- who asked: the account's id (no personal data), or system for the application's own runs
    requested_by varchar(100) not null,
    seconds integer not null,
    based_on uuid,
    -- JSON: task id to the date it keeps
    pinned text not null,
    granularity varchar(10) not null,
    shift_cost_cents bigint not null,
    -- JSON: the tasks and pots as registered when the run was asked for
    portfolio text not null,
    status varchar(12) not null,
    cancel_requested boolean not null default false,
    -- the best schedule so far: milliseconds since its start, hard penalty, objective in euro cents
    best_elapsed_ms bigint,
    best_hard_penalty bigint,
    best_objective_cents bigint,
    -- JSON: the schedule, the baseline and every improvement (the curve), once the run has a schedule
    result text,
    -- JSON: the broken hard rules when no schedule exists
    conflicts text,
    owner_instance varchar(200),
    heartbeat_at timestamp with time zone,
    created_at timestamp with time zone not null,
    started_at timestamp with time zone,
    finished_at timestamp with time zone
);
create index plan_run_status on plan_run (status, created_at);
create index plan_run_neighbourhood on plan_run (neighbourhood_id, created_at);
