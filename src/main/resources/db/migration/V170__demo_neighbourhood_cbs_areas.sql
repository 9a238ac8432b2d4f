-- The CBS areas (2024 classification) of the demo programme's neighbourhoods that were seeded without any, as the
-- application seeds them since (DemoProgramme.AREAS says which public source places each). Only a neighbourhood of
-- the demo programme with its seeded name and website that still has no area gets codes: one a programme admin
-- gave codes, renamed or moved elsewhere keeps what it has. Kerschoten stays without (no buurt code in the shipped
-- names). Identical on H2 (PostgreSQL mode) and PostgreSQL.

insert into neighbourhood_area (neighbourhood_id, position, cbs_code)
select n.id, a.position, a.cbs_code
from neighbourhood n
join programme p on p.id = n.programme_id and p.slug = 'wijk-van-de-toekomst'
join (values
    ('Groen West', 'https://groenwestarnhem.nl/', 0, 'BU02021471'),
    ('Groen West', 'https://groenwestarnhem.nl/', 1, 'BU02021473'),
    ('Groen West', 'https://groenwestarnhem.nl/', 2, 'BU02021474'),
    ('Groen West', 'https://groenwestarnhem.nl/', 3, 'BU02021572'),
    ('Craneveer', 'https://www.duurzaamcraneveer.nl/', 0, 'WK020209'),
    ('Hoogkamp', 'https://www.hoogkampenergie.nl/', 0, 'BU02021264'),
    ('Loenen op de Veluwe', 'https://loenenopdeveluwe.info/', 0, 'WK020013')
) as a (name, website, position, cbs_code) on a.name = n.name and a.website = n.website
where n.cbs_code is null
  and not exists (select 1 from neighbourhood_area x where x.neighbourhood_id = n.id);

update neighbourhood
set cbs_code = (select x.cbs_code from neighbourhood_area x where x.neighbourhood_id = neighbourhood.id and x.position = 0),
    version = version + 1
where cbs_code is null
  and programme_id in (select id from programme where slug = 'wijk-van-de-toekomst')
  and exists (select 1 from neighbourhood_area x where x.neighbourhood_id = neighbourhood.id and x.position = 0);
