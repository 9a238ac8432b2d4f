-- Logins with OpenID Connect: which identity at which provider (issuer + subject, the provider's stable id) is
-- which account. Looked up by issuer and subject, never by e-mail, so an address that changes at the provider
-- cannot take over another account. Removed with the account.
create table account_oidc_link (
    id            uuid primary key,
    issuer        varchar(500) not null,
    subject       varchar(255) not null,
    user_id       uuid         not null references app_user (id) on delete cascade,
    -- the verified address the provider gave when the link was made (for the GDPR export and the audit)
    email         varchar(254) not null,
    linked_at     timestamp with time zone not null,
    last_login_at timestamp with time zone not null,
    constraint account_oidc_link_identity unique (issuer, subject),
    -- one identity per account and provider
    constraint account_oidc_link_account unique (issuer, user_id)
);
