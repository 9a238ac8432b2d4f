-- One row per scheduled job that must run once across all instances (JobLocks): whoever moves locked_until from the
-- past into the future with one conditional update holds the job; the others skip that run.

create table job_lock (
    name         varchar(64)              primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(200)             not null
);
