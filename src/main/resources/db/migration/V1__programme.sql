-- Programmes, neighbourhoods, parties, themes and their co-benefit links.
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table programme (
    id          uuid primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description varchar(4000),
    website     varchar(500),
    created_at  timestamp with time zone not null
);

create table neighbourhood (
    id                uuid primary key,
    programme_id      uuid         not null references programme (id),
    name              varchar(200) not null,
    cbs_code          varchar(10),
    municipality      varchar(200) not null,
    municipality_code varchar(6),
    website           varchar(500),
    description       varchar(4000),
    boundary_geojson  text,
    example           boolean      not null default false,
    created_at        timestamp with time zone not null,
    version           bigint       not null default 0
);
create index neighbourhood_programme on neighbourhood (programme_id);

create table party (
    id               uuid primary key,
    programme_id     uuid         not null references programme (id),
    neighbourhood_id uuid references neighbourhood (id),
    name             varchar(200) not null,
    type             varchar(40)  not null,
    website          varchar(500),
    example          boolean      not null default false,
    created_at       timestamp with time zone not null
);
create index party_neighbourhood on party (neighbourhood_id);

create table theme (
    id             uuid primary key,
    programme_id   uuid         not null references programme (id),
    code           varchar(40)  not null,
    name_nl        varchar(120) not null,
    name_en        varchar(120) not null,
    description_nl varchar(1000),
    description_en varchar(1000),
    position       integer      not null,
    constraint theme_code_per_programme unique (programme_id, code)
);

create table co_benefit (
    programme_id uuid        not null references programme (id),
    from_code    varchar(40) not null,
    to_code      varchar(40) not null,
    primary key (programme_id, from_code, to_code)
);

-- A person's place in the programme: facilitator of a neighbourhood, officer of a party, resident of a
-- neighbourhood. user_id refers to the account module's users; no foreign key across modules.
create table membership (
    id               uuid primary key,
    user_id          uuid        not null,
    role             varchar(20) not null,
    neighbourhood_id uuid references neighbourhood (id),
    party_id         uuid references party (id),
    created_at       timestamp with time zone not null
);
create index membership_user on membership (user_id);
