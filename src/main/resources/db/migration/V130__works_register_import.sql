-- Works registers in the web application: the mapping from a register's own fields to a task type (per programme
-- and register; none stored means the shipped defaults), the link from a register's own record id to the task made
-- of it (so a re-import updates the task instead of adding it again), and an uploaded file set waiting for the
-- officer to confirm its preview (in the database, so any instance can finish it).
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table works_type_mapping (
    programme_id uuid         not null references programme (id),
    register     varchar(40)  not null,
    position     integer      not null,
    field        varchar(100) not null,
    match_value  varchar(200) not null,
    outcome      varchar(40)  not null,
    primary key (programme_id, register, position)
);

create table works_register_link (
    neighbourhood_id uuid         not null references neighbourhood (id),
    register         varchar(40)  not null,
    register_id      varchar(200) not null,
    task_code        varchar(100) not null,
    imported_at      timestamp with time zone not null,
    primary key (neighbourhood_id, register, register_id)
);

create table works_import_draft (
    id               uuid primary key,
    neighbourhood_id uuid         not null references neighbourhood (id),
    user_id          uuid         not null,
    register         varchar(40)  not null,
    owner            varchar(200) not null,
    created_at       timestamp with time zone not null
);
create index works_import_draft_created on works_import_draft (created_at);

create table works_import_draft_file (
    draft_id uuid    not null references works_import_draft (id) on delete cascade,
    position integer not null,
    content  text    not null,
    primary key (draft_id, position)
);
