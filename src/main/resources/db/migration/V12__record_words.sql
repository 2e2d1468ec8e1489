-- The words of each record's title and summary (RecordWords): the text filter looks a word up here instead of
-- reading the title and summary of every record. Filled from the records on the first start after this
-- migration (SummaryRebuild, state row 2), then kept up to date by every write.
create table record_word (
    word      varchar(40) not null,
    record_id bigint      not null references cooperation_record (id) on delete cascade,
    primary key (word, record_id)
);
create index ix_record_word_record on record_word (record_id, word);

insert into summary_state (id, built) values (2, false);

-- The UN regions of each record's lead and partner countries: the region filter asks one table whether a record
-- is in a region, rather than testing its lead and every partner against the region's countries. Filled and
-- kept up to date with the summary tables (SummaryRebuild, RecordSummaries).
create table record_region (
    record_id bigint      not null references cooperation_record (id) on delete cascade,
    region    varchar(40) not null,
    primary key (record_id, region)
);
create index ix_record_region_region on record_region (region, record_id);

-- The countries of each record as lead or partner: an aggregate over a country's records reads them from here
-- (one index range) instead of testing every record's lead and partners.
create table record_country (
    record_id bigint     not null references cooperation_record (id) on delete cascade,
    iso2      varchar(2) not null,
    primary key (record_id, iso2)
);
create index ix_record_country_iso2 on record_country (iso2, record_id);

-- The summary tables are counted again with them, in the same start-up.
update summary_state set built = false where id = 1;
