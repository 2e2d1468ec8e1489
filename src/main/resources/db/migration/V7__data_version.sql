-- One number that every write of records, figures, sources or contributions raises in its own transaction.
-- Aggregates computed at one number stay valid until it moves, on every node that reads it.
create table data_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 0);
