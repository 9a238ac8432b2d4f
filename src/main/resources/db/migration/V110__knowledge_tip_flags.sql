-- Anyone may flag a tip that was shared directly, with a reason; a programme admin reviews the flags and hides
-- the tip (hidden_at set: out of every list and search, kept for the audit log) or keeps it. The flagger is
-- "user:<account id>" for someone logged in, otherwise "address:<HMAC of the client address>" (the rate limiter's
-- key), so the same person's flag counts once per tip.

alter table knowledge_tip add column hidden_at timestamp with time zone;

create table knowledge_tip_flag (
    tip_id      uuid                     not null references knowledge_tip (id) on delete cascade,
    flagger     varchar(80)              not null,
    reason      varchar(500)             not null,
    flagged_at  timestamp with time zone not null,
    reviewed_at timestamp with time zone,
    primary key (tip_id, flagger)
);
create index knowledge_tip_flag_open on knowledge_tip_flag (reviewed_at);
