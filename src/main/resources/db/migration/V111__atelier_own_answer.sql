-- "Buig je dan voor jezelf": a party (through one of its officers) or a person answers the atelier's four
-- questions for itself, outside an atelier, and compares its answer with the neighbourhood's joint picture.
-- Exactly one of party_id and user_id is set: a party answers once per neighbourhood, a person once per
-- neighbourhood. Private answers are read only by their author (for a party: its officers); shared ones by the
-- neighbourhood.

create table atelier_own_answer (
    id               uuid primary key,
    neighbourhood_id uuid                     not null,
    party_id         uuid,
    user_id          uuid,
    written_by       uuid                     not null,
    integral         varchar(2000),
    opportunities    varchar(2000),
    challenges       varchar(2000),
    approach         varchar(2000),
    shared           boolean                  not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null,
    constraint atelier_own_answer_one_owner check ((party_id is null) <> (user_id is null)),
    constraint atelier_own_answer_party unique (neighbourhood_id, party_id),
    constraint atelier_own_answer_user unique (neighbourhood_id, user_id)
);

create table atelier_own_weight (
    answer_id  uuid        not null references atelier_own_answer (id) on delete cascade,
    theme_code varchar(40) not null,
    points     integer     not null check (points >= 0),
    primary key (answer_id, theme_code)
);
