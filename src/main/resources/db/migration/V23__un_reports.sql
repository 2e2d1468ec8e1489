-- The UN's reports that name no missions ("by Country and Post", March 2018 – August 2019, and "by Country and
-- Personnel Type"): each country's personnel per type in the month, kept as the report gives them rather than
-- spread over missions it does not name. The monthly totals of V18 add them up with the lines per mission.
create table contribution_by_country (
    period_month         date        not null,
    contributing_country varchar(2)  not null references country (iso2),
    personnel_type       varchar(30) not null,
    male                 integer,
    female               integer,
    total                integer     not null,
    primary key (period_month, contributing_country, personnel_type)
);
create index ix_contribution_by_country_country on contribution_by_country (contributing_country, period_month);

-- The report each month's statistics were read from, as its source: the UN's title and month, whether it names
-- missions, how many lines and people it held and a digest of them, so that the same report imported again (a
-- copy under another name, say) is recognised; and whether the month came with the atlas or was imported.
create table contribution_report (
    period_month   date         not null primary key,
    publisher      varchar(200) not null,
    title          varchar(300) not null,
    names_missions boolean      not null,
    report_lines   integer      not null,
    people         bigint       not null,
    content_digest varchar(64)  not null,
    file_name      varchar(255),
    origin         varchar(20)  not null,
    imported_at    timestamp    not null
);
