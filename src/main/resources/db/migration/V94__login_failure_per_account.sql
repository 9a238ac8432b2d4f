-- Failed logins per client address and account (LoginThrottle): the typed e-mail address is kept only as a
-- SHA-256 hex of its trimmed, lower-cased form, the same for addresses with and without an account, so the throttle
-- treats both alike. Rows from before this migration have no key and count only for their client address. The key
-- is cleared when the pair logs in successfully (the row still counts for the address).
--
-- app_user.failed_logins and app_user.locked_until are no longer read or written: a lock now holds for one client
-- address and account, never for the account everywhere. The columns stay until no instance of an older version
-- (which still writes them) can be running, so a rolling upgrade over one database keeps working.

alter table login_failure add column account_key varchar(64);

create index login_failure_pair on login_failure (address, account_key, failed_at);
