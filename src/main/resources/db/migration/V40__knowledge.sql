-- The knowledge base: resources (links with a kind, language and themes).

create table knowledge_resource (
    id           uuid primary key,
    programme_id uuid          not null,
    title        varchar(200)  not null,
    url          varchar(500)  not null,
    description  varchar(2000),
    kind         varchar(20)   not null,
    language     varchar(5)    not null,
    source       varchar(200),
    created_at   timestamp with time zone not null
);
create index knowledge_resource_programme on knowledge_resource (programme_id);

create table knowledge_resource_theme (
    resource_id uuid        not null references knowledge_resource (id) on delete cascade,
    theme_code  varchar(40) not null,
    primary key (resource_id, theme_code)
);
