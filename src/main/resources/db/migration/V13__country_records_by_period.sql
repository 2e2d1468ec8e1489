-- Each of a record's countries carries the record's first day, and the country's index holds them newest first:
-- the records grid filtered by a country reads a page of them in its default order straight off this index,
-- instead of going through every record in that order and asking whether the country is among its own.
alter table record_country add column period_from date;
update record_country set period_from =
    (select r.period_from from cooperation_record r where r.id = record_country.record_id);
alter table record_country alter column period_from set not null;
drop index ix_record_country_iso2;
create index ix_record_country_iso2 on record_country (iso2, period_from, record_id);
