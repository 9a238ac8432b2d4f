-- The e-mail outbox: every message is written in the transaction of the change that causes it and delivered
-- afterwards by the background sender (nl.wijkatelier.mail). QUEUED messages are claimed with a conditional update
-- of claimed_until/claim_id; SENT and CAUGHT ones are deleted after the retention, FAILED ones stay.
create table mail_message (
    id              uuid primary key,
    recipient       varchar(254)   not null,
    subject         varchar(500)   not null,
    body            varchar(20000) not null,
    status          varchar(16)    not null,
    attempts        integer        not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    claim_id        uuid,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index mail_message_due on mail_message (status, next_attempt_at);
create index mail_message_recipient on mail_message (recipient);
