-- Records counted by what the overview and the map group them by, kept up to date in the transaction of every
-- write (RecordSummaries), so that the unfiltered overview reads a few thousand rows instead of every record.
-- Each is kept per kind and crime area, so that those two filters are answered from here too.
-- The tables start empty; the application fills them from the records on its first start (SummaryRebuild).

-- Records by the first and last year of their period; an ongoing record's last year is 9999.
create table summary_span (
    first_year integer     not null,
    last_year  integer     not null,
    kind       varchar(40) not null,
    crime_area varchar(40) not null,
    records    bigint      not null,
    primary key (first_year, last_year, kind, crime_area)
);

-- Records per country and role; records counts each record once whatever its roles.
create table summary_country (
    iso2       varchar(2)  not null,
    kind       varchar(40) not null,
    crime_area varchar(40) not null,
    as_lead    bigint      not null,
    as_partner bigint      not null,
    as_place   bigint      not null,
    records    bigint      not null,
    primary key (iso2, kind, crime_area)
);

-- Records per UN region of their lead or partner countries, each record once per region.
create table summary_region (
    region     varchar(40) not null,
    kind       varchar(40) not null,
    crime_area varchar(40) not null,
    records    bigint      not null,
    primary key (region, kind, crime_area)
);

-- Figures per metric, unit, cumulative or not, and qualifier: their sum, count and the days they cover.
create table summary_figure (
    metric     varchar(40)    not null,
    unit       varchar(30)    not null,
    cumulative boolean        not null,
    qualifier  varchar(12)    not null,
    kind       varchar(40)    not null,
    crime_area varchar(40)    not null,
    total      numeric(24, 2) not null,
    figures    bigint         not null,
    first_day  date,
    last_day   date,
    primary key (metric, unit, cumulative, qualifier, kind, crime_area)
);

-- Yearly figures (not cumulative, their period within one calendar year) per metric and year.
create table summary_figure_year (
    metric      varchar(40)    not null,
    year_number integer        not null,
    unit        varchar(30)    not null,
    qualifier   varchar(12)    not null,
    kind        varchar(40)    not null,
    crime_area  varchar(40)    not null,
    total       numeric(24, 2) not null,
    figures     bigint         not null,
    primary key (metric, year_number, unit, qualifier, kind, crime_area)
);

-- Whether the tables above hold the records' counts; false until they are first filled.
create table summary_state (
    id    integer not null primary key,
    built boolean not null
);
insert into summary_state (id, built) values (1, false);
