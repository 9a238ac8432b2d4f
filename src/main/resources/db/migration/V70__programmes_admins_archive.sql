-- Several programmes on one instance: a region per programme, archived neighbourhoods (kept, no longer shown)
-- and programme admins (a membership that names a programme instead of a neighbourhood or party).
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

alter table programme add column region varchar(200);
alter table programme add column version bigint not null default 0;

alter table neighbourhood add column archived_at timestamp with time zone;

alter table membership add column programme_id uuid references programme (id);
create index membership_programme on membership (programme_id);
