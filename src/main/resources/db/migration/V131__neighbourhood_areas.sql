-- The CBS areas a neighbourhood covers: one wijk (WK), one or more buurten (BU) for an initiative that spans several,
-- or one municipality (GM) for an initiative for a whole municipality. neighbourhood.cbs_code keeps the first.
-- Identical on H2 (PostgreSQL mode) and PostgreSQL.

create table neighbourhood_area (
    neighbourhood_id uuid        not null references neighbourhood (id),
    position         integer     not null,
    cbs_code         varchar(10) not null,
    primary key (neighbourhood_id, position)
);

insert into neighbourhood_area (neighbourhood_id, position, cbs_code)
select id, 0, cbs_code from neighbourhood where cbs_code is not null;
