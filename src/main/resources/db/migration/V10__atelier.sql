-- Ateliers: the four questions, participants who join by code, their contributions, supports and theme weights.
create table atelier (
  id uuid primary key,
  programme_id uuid not null references programme(id),
  neighbourhood_id uuid references neighbourhood(id),
  title varchar(200) not null,
  held_on date not null,
  topic varchar(200),
  themes varchar(1000) not null,
  speakers varchar(4000),
  questions varchar(4000),
  state varchar(20) not null,
  join_code varchar(12) not null unique,
  reported_participants integer,
  insights varchar(20000),
  tips varchar(8000),
  links varchar(8000),
  example boolean not null default false,
  created_at timestamp with time zone not null,
  published_at timestamp with time zone,
  version bigint not null default 0
);
create index atelier_neighbourhood on atelier(neighbourhood_id);
create index atelier_programme on atelier(programme_id);

create table atelier_participant (
  id uuid primary key,
  atelier_id uuid not null references atelier(id) on delete cascade,
  display_name varchar(80),
  party_type varchar(40) not null,
  anonymous boolean not null,
  token_hash varchar(64) not null unique,
  votes_used integer not null default 0,
  joined_at timestamp with time zone not null,
  version bigint not null default 0
);
create index atelier_participant_atelier on atelier_participant(atelier_id);

create table atelier_contribution (
  id uuid primary key,
  atelier_id uuid not null references atelier(id) on delete cascade,
  participant_id uuid not null references atelier_participant(id) on delete cascade,
  question integer not null,
  kind varchar(20),
  text varchar(2000) not null,
  themes varchar(1000) not null,
  hidden boolean not null default false,
  merged_into uuid references atelier_contribution(id),
  created_at timestamp with time zone not null
);
create index atelier_contribution_atelier on atelier_contribution(atelier_id);

create table atelier_support (
  contribution_id uuid not null references atelier_contribution(id) on delete cascade,
  participant_id uuid not null references atelier_participant(id) on delete cascade,
  atelier_id uuid not null references atelier(id) on delete cascade,
  created_at timestamp with time zone not null,
  primary key (contribution_id, participant_id)
);
create index atelier_support_atelier on atelier_support(atelier_id);

create table atelier_weight (
  participant_id uuid not null references atelier_participant(id) on delete cascade,
  theme_code varchar(40) not null,
  atelier_id uuid not null references atelier(id) on delete cascade,
  points integer not null,
  primary key (participant_id, theme_code)
);
create index atelier_weight_atelier on atelier_weight(atelier_id);
