-- Records sorted by kind are ordered by kind, period and id, which the index on (kind, period_from, id) serves;
-- an index on (kind, id) beside it only tempted H2 to sort a filtered kind by hand.
drop index ix_record_kind_id;
