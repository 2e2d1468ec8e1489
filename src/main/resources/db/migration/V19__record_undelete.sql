-- Deleted records brought back: each comes back as a new record, and leaves the list of deleted records.
create table record_undelete (
    deleted_id  bigint not null primary key,
    restored_id bigint not null
);
