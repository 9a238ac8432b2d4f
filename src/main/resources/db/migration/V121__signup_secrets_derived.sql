-- Manage tokens are now sealed under a key derived (HKDF) from the server secret, the action and the request's
-- Idempotency-Key; before, the key came from the action and the Idempotency-Key alone, so anyone who could read
-- this table and guess a weak key could unseal the token. Those old seals are removed: their manage links keep
-- working (a link is looked up by the SHA-256 of its 256-bit random token, which is unchanged), but a repeat of a
-- request from before this change is answered with "this request can no longer be repeated" instead of its token.
update action_signup set manage_token_sealed = '';

-- The keyed hashes of an action's sign-ups (one per address, client groups) use a key derived from the server
-- secret and the action's client key; actions from before keep their plain client key until their personal data is
-- removed, so their one-per-address rule keeps matching the sign-ups already made.
alter table action add column client_key_derived boolean default false not null;
