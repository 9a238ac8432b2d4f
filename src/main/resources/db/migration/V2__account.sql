-- Accounts, personal API tokens, invitations, consent and the audit log.

create table app_user (
    id              uuid primary key,
    email           varchar(254) not null unique,
    display_name    varchar(120) not null,
    password_hash   varchar(200) not null,
    admin           boolean      not null default false,
    failed_logins   integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null
);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    name         varchar(120) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone
);

create table invitation (
    id               uuid primary key,
    token_hash       varchar(64)  not null unique,
    email            varchar(254) not null,
    role             varchar(20)  not null,
    neighbourhood_id uuid,
    party_id         uuid,
    invited_by       uuid         not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    accepted_at      timestamp with time zone
);

create table consent (
    id       uuid primary key,
    user_id  uuid         not null references app_user (id) on delete cascade,
    purpose  varchar(60)  not null,
    wording  varchar(2000) not null,
    given_at timestamp with time zone not null
);

create table audit_log (
    id           uuid primary key,
    at           timestamp with time zone not null,
    actor        varchar(254) not null,
    action       varchar(60)  not null,
    subject_type varchar(60)  not null,
    subject_id   varchar(80)  not null,
    detail       varchar(4000)
);
create index audit_log_subject on audit_log (subject_type, subject_id);
