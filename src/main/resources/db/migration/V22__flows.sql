-- Peacekeeping personnel per year, contributing country, mission and type, summed as person-months: a range of
-- months reads its whole years from here and only its first and last few months from the lines, so that the
-- flows of twenty years add up some thousands of rows rather than a million. An import sums the years it touches
-- again in its own transaction (as it does the monthly totals of V18).
create table contribution_year_flow (
    period_year          integer     not null,
    personnel_type       varchar(30) not null,
    contributing_country varchar(2)  not null,
    mission_id           bigint      not null,
    person_months        bigint      not null,
    primary key (period_year, personnel_type, contributing_country, mission_id)
);

insert into contribution_year_flow (period_year, personnel_type, contributing_country, mission_id, person_months)
select cast(extract(year from period_month) as integer), personnel_type, contributing_country, mission_id, sum(total)
from peacekeeping_contribution
group by cast(extract(year from period_month) as integer), personnel_type, contributing_country, mission_id;

-- The records' flows: how many records a lead country shares with each partner country, and how many it has in
-- each country it works in, per kind and crime area. A country's own records at home are no flow and not counted.
-- Kept in step with the records by the write path, like the summaries of V11.
create table summary_flow (
    lead_country varchar(2)  not null,
    counterpart  varchar(2)  not null,
    flow_role    varchar(10) not null,
    kind         varchar(40) not null,
    crime_area   varchar(40) not null,
    records      bigint      not null,
    primary key (lead_country, counterpart, flow_role, kind, crime_area)
);

insert into summary_flow (lead_country, counterpart, flow_role, kind, crime_area, records)
select r.lead_country, p.country_iso2, 'PARTNER', r.kind, r.crime_area, count(*)
from record_partner p join cooperation_record r on r.id = p.record_id
where p.country_iso2 <> r.lead_country
group by r.lead_country, p.country_iso2, r.kind, r.crime_area;

insert into summary_flow (lead_country, counterpart, flow_role, kind, crime_area, records)
select r.lead_country, p.country_iso2, 'PLACE', r.kind, r.crime_area, count(*)
from (select distinct record_id, country_iso2 from record_place) p join cooperation_record r on r.id = p.record_id
where p.country_iso2 <> r.lead_country
group by r.lead_country, p.country_iso2, r.kind, r.crime_area;
