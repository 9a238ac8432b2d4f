-- The version of the data behind the public pages, one row per scope: neighbourhood:<id> (everything one
-- neighbourhood's pages show), neighbourhoods (any neighbourhood's figures, for the programme dashboards) and
-- programmes (programmes, their neighbourhoods, parties and themes). After-commit reactions to the modules' events
-- add one to a scope's version (platform.PageVersions); each instance keeps the pages it rendered together with the
-- versions they were made from and reads the current versions from here on every request, so a page rendered by any
-- instance before a change is never served after it.
create table page_version (
    scope      varchar(120)             primary key,
    version    bigint                   not null,
    updated_at timestamp with time zone not null
);
