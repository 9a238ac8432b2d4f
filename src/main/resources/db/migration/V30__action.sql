-- Neighbourhood actions: the actions, their thresholds, the households' sign-ups, the action's event log and
-- the neighbourhood's lasting network. Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table action (
    id                   uuid primary key,
    neighbourhood_id     uuid          not null references neighbourhood (id),
    programme_id         uuid          not null references programme (id),
    template             varchar(40)   not null,
    title                varchar(200)  not null,
    description          varchar(4000),
    start_date           date,
    end_date             date,
    target               integer,
    themes               varchar(500)  not null default '',
    organiser_id         uuid,
    organiser_email      varchar(254),
    example              boolean       not null default false,
    -- active sign-ups; changed only while the row is locked, so thresholds are judged on an exact count
    households           integer       not null default 0,
    personal_data_removed_at timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint        not null default 0
);
create index action_neighbourhood on action (neighbourhood_id);

create table action_threshold (
    id          uuid primary key,
    action_id   uuid          not null references action (id) on delete cascade,
    households  integer       not null,
    label       varchar(200)  not null,
    reached_at  timestamp with time zone,
    constraint action_threshold_once unique (action_id, households)
);

create table action_signup (
    id                    uuid primary key,
    action_id             uuid          not null references action (id) on delete cascade,
    -- SHA-256 of the action id and the client's Idempotency-Key (or the web form's one-time token)
    idempotency_key_hash  varchar(64)   not null,
    manage_token_hash     varchar(64)   not null unique,
    -- the manage token, AES-GCM sealed with a key derived from the idempotency key, so only a repeat of the
    -- same request can get it back
    manage_token_sealed   varchar(200)  not null,
    quantities            varchar(1000) not null,
    name                  varchar(120),
    email                 varchar(254),
    postcode              varchar(7),
    house_number          varchar(12),
    follow_up_consent     boolean       not null default false,
    status                varchar(20)   not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        not null default 0,
    constraint action_signup_once unique (action_id, idempotency_key_hash)
);
create index action_signup_action on action_signup (action_id);

create table action_event (
    id          uuid primary key,
    action_id   uuid          not null references action (id) on delete cascade,
    kind        varchar(40)   not null,
    households  integer       not null,
    label       varchar(200),
    at          timestamp with time zone not null,
    -- a threshold's households for THRESHOLD_REACHED (so it can be recorded once only), else a unique filler
    once_key    varchar(80)   not null,
    constraint action_event_once unique (action_id, kind, once_key)
);
create index action_event_action on action_event (action_id);

-- Residents who opted in to hear about the next action in their neighbourhood.
create table action_network_contact (
    id               uuid primary key,
    neighbourhood_id uuid          not null references neighbourhood (id),
    email            varchar(254)  not null,
    signup_id        uuid,
    source_action_id uuid,
    -- random token of the leave link in every invitation; it can only take the resident out of the network
    leave_token      varchar(64)   not null unique,
    joined_at        timestamp with time zone not null,
    left_at          timestamp with time zone,
    constraint action_network_once unique (neighbourhood_id, email)
);

