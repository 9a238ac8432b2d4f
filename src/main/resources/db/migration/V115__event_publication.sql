-- The event publication registry of Spring Modulith (spring-modulith-events-jdbc 2.0, its "v2" table): a row per
-- event and listener of another module (@ApplicationModuleListener), written in the transaction that publishes the
-- event, so a reaction is never lost. Completed rows are deleted (spring.modulith.events.completion-mode=delete);
-- what stays is what still has to happen or failed and will be resubmitted (platform.EventPublications).
-- The event's JSON can be long (an import names every task), hence the wide column; the same types on H2 and
-- PostgreSQL. The registry finds a row by listener and event text; with completed rows deleted the table stays small.
create table event_publication (
    id uuid primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(1000000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_status on event_publication (status, publication_date);
