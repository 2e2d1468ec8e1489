-- Personnel per month and type, the overview's peacekeeping chart, is summed from this index alone, in its order:
-- the database groups the months as it reads them instead of reading and sorting every contribution's row.
create index ix_contribution_month_type on peacekeeping_contribution (period_month, personnel_type, total);
