-- Tasks, budget pots and the stored coupling opportunities of each neighbourhood (issue 4).
-- Identical on H2 (PostgreSQL mode) and PostgreSQL. Geometries are WKT in RD New (EPSG:28992) metres, with
-- their bounding box for the "who is near this task" query of the re-evaluation after a change.

create table works_task (
    id                   uuid primary key,
    neighbourhood_id     uuid          not null references neighbourhood (id),
    code                 varchar(100)  not null,
    title                varchar(300)  not null,
    owner_party_id       uuid          not null references party (id),
    type                 varchar(40)   not null,
    earliest_start       date          not null,
    latest_end           date          not null,
    duration_days        integer       not null,
    preferred_start      date,
    pinned_start         date,
    cost_cents           bigint        not null,
    shareable_cost_cents bigint        not null,
    themes               varchar(1000) not null default '',
    depends_on           varchar(2000) not null default '',
    funding              varchar(2000) not null default '',
    geometry_wkt         text,
    min_x                double precision,
    min_y                double precision,
    max_x                double precision,
    max_y                double precision,
    example              boolean       not null default false,
    version              bigint        not null default 0,
    updated_at           timestamp with time zone not null,
    constraint works_task_code unique (neighbourhood_id, code)
);
create index works_task_box on works_task (neighbourhood_id, min_x, max_x);

create table works_pot (
    id               uuid primary key,
    neighbourhood_id uuid          not null references neighbourhood (id),
    name             varchar(100)  not null,
    owner_party_id   uuid          not null references party (id),
    portfolio_holder varchar(200)  not null,
    amounts          varchar(2000) not null,
    themes           varchar(1000) not null default '',
    task_types       varchar(1000) not null default '',
    deadline         date,
    example          boolean       not null default false,
    version          bigint        not null default 0,
    constraint works_pot_name unique (neighbourhood_id, name)
);

create table works_coupling (
    id               uuid primary key,
    neighbourhood_id uuid             not null references neighbourhood (id),
    task_a           varchar(100)     not null,
    task_b           varchar(100)     not null,
    kind             varchar(10)      not null,
    severity         varchar(10),
    distance_metres  double precision not null,
    overlap_days     integer          not null,
    gap_days         integer          not null,
    saving_cents     bigint           not null
);
create index works_coupling_a on works_coupling (neighbourhood_id, task_a);
create index works_coupling_b on works_coupling (neighbourhood_id, task_b);
