-- The organiser's guard against inflated counts: per-action sign-up rules, e-mail confirmation, grouping of
-- sign-ups by a keyed hash of the client address, voiding, and withdrawn thresholds. Identical on H2
-- (PostgreSQL mode) and PostgreSQL.

alter table action add column one_signup_per_address boolean not null default false;
alter table action add column email_confirmation boolean not null default false;
-- random per-action key of the keyed hashes below (HMAC-SHA256); cleared with the personal data, so the hashes
-- can then no longer be tied to an address, and hashes of two actions cannot be linked
alter table action add column client_key varchar(64);

-- keyed hash of the normalised postcode and house number; set only while the action has the one-per-address rule
-- and the sign-up holds the address (active or pending); null frees the address
alter table action_signup add column address_key varchar(64);
-- keyed hash of the client address the sign-up came from, never the address itself
alter table action_signup add column client_group varchar(64);
-- SHA-256 of the token in the confirmation link; null once confirmed
alter table action_signup add column confirm_token_hash varchar(64);
alter table action_signup add column confirmed_at timestamp with time zone;
alter table action_signup add column voided_at timestamp with time zone;
alter table action_signup add column void_reason varchar(500);
-- several nulls are allowed: only sign-ups holding an address take part
create unique index action_signup_one_per_address on action_signup (action_id, address_key);
create unique index action_signup_confirm_token on action_signup (confirm_token_hash);

alter table action_threshold add column withdrawn_at timestamp with time zone;
alter table action_threshold add column withdrawn_reason varchar(500);
