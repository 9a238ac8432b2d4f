-- Tips written directly by people of a neighbourhood, with the neighbourhood and role they come from.

create table knowledge_tip (
    id               uuid primary key,
    programme_id     uuid          not null,
    neighbourhood_id uuid          not null,
    party_type       varchar(40)   not null,
    text             varchar(2000) not null,
    written_by       uuid          not null,
    created_at       timestamp with time zone not null
);
create index knowledge_tip_neighbourhood on knowledge_tip (neighbourhood_id);

create table knowledge_tip_theme (
    tip_id     uuid        not null references knowledge_tip (id) on delete cascade,
    theme_code varchar(40) not null,
    primary key (tip_id, theme_code)
);
