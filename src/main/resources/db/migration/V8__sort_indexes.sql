-- The records grid orders by one column and then by id (same direction); an index on both serves the order and
-- keyset paging from any row, read forwards or backwards.
create index ix_record_title_id on cooperation_record (title, id);
create index ix_record_kind_id on cooperation_record (kind, id);
create index ix_record_lead_id on cooperation_record (lead_country, id);
drop index ix_record_title;
