-- Two records that report the same activity (one campaign announced by two bodies, say), as an editor linked
-- them: the earlier record first. A figure of the later one that repeats one of the earlier one's (same metric and
-- unit, overlapping periods) is kept and shown beside it, but not counted again in any total.
create table record_link (
    first_id  bigint       not null references cooperation_record (id) on delete cascade,
    second_id bigint       not null references cooperation_record (id) on delete cascade,
    linked_by varchar(100) not null,
    linked_at timestamp with time zone not null,
    primary key (first_id, second_id),
    check (first_id < second_id)
);
create index ix_record_link_second on record_link (second_id);

alter table figure add column counted boolean not null default true;
alter table figure_aud add column counted boolean;
update figure_aud set counted = true;
