-- Records of one kind or one crime area, newest first: these indexes hold them in that order, id last, so a
-- page of them is read straight off the index and the next page continues from the last row (keyset).
drop index ix_record_kind;
create index ix_record_kind on cooperation_record (kind, period_from, id);
drop index ix_record_crime_area;
create index ix_record_crime_area on cooperation_record (crime_area, period_from, id);
