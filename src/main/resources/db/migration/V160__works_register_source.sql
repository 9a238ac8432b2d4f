-- GeoJSON from other works registers: per programme and register, which feature properties hold the register's own
-- id, the work type, the organisation, the start and end dates and the description, how its dates are written and
-- its coordinates' system, remembered from the last import so the next one needs no choices. The register's type
-- mapping lives in works_type_mapping and its links in works_register_link, keyed by the same register name.
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table works_register_source (
    programme_id uuid         not null references programme (id),
    register     varchar(40)  not null,
    id_field     varchar(100) not null,
    type_field   varchar(100) not null,
    owner_field  varchar(100) not null,
    start_field  varchar(100) not null,
    end_field    varchar(100) not null,
    title_field  varchar(100) not null,
    date_pattern varchar(30)  not null,
    crs          varchar(10)  not null,
    updated_at   timestamp with time zone not null,
    primary key (programme_id, register)
);
