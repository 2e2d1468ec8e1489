-- Peacekeeping personnel per month and type, summed once when contributions are written rather than for every
-- reader: per contributing country (a country's page, a region's countries), and over every country (the
-- overview). A million contribution lines are some 250,000 rows of the first and a thousand of the second. The
-- import keeps both up to date in its own transaction; after writing contributions around the application, run
-- the two inserts below again after emptying the tables.
create table contribution_month_total (
    contributing_country varchar(2)  not null,
    period_month         date        not null,
    personnel_type       varchar(30) not null,
    total                bigint      not null,
    primary key (contributing_country, period_month, personnel_type)
);
create index ix_contribution_month_total_month on contribution_month_total (period_month);

create table contribution_month_sum (
    period_month   date        not null,
    personnel_type varchar(30) not null,
    total          bigint      not null,
    primary key (period_month, personnel_type)
);

insert into contribution_month_total (contributing_country, period_month, personnel_type, total)
select contributing_country, period_month, personnel_type, sum(total)
from peacekeeping_contribution group by contributing_country, period_month, personnel_type;

insert into contribution_month_sum (period_month, personnel_type, total)
select period_month, personnel_type, sum(total) from contribution_month_total group by period_month, personnel_type;

-- The totals are read from the tables above now.
drop index ix_contribution_month_type;

-- And per UN region of the contributors, for the overview's region filter: five regions, a few thousand rows.
create table contribution_month_region (
    region         varchar(40) not null,
    period_month   date        not null,
    personnel_type varchar(30) not null,
    total          bigint      not null,
    primary key (region, period_month, personnel_type)
);

insert into contribution_month_region (region, period_month, personnel_type, total)
select c.region, t.period_month, t.personnel_type, sum(t.total)
from contribution_month_total t join country c on c.iso2 = t.contributing_country
where c.region is not null
group by c.region, t.period_month, t.personnel_type;
