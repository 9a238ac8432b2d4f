-- Password reset by a mailed one-time link (only the link's SHA-256 is stored), and per account the moment before
-- which its web sessions no longer count (set by a reset; checked on every request of a logged-in session).
create table password_reset (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index password_reset_user on password_reset (user_id, created_at);

alter table app_user add column sessions_valid_after timestamp with time zone;
