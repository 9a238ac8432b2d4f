-- The server-side secret that manage-token sealing keys and keyed-hash keys are derived from (ServerSecret, HKDF).
-- Used only when wijkatelier.secret (WIJKATELIER_SECRET) is not configured: the first instance to start writes 256
-- random bits here; instances starting together insert only if absent and all read back the one stored.
create table server_secret (
    name       varchar(40)              primary key,
    secret     varchar(100)             not null,
    created_at timestamp with time zone not null
);

-- The rate limiter's address key is now derived from the server secret as well.
drop table rate_limit_secret;
