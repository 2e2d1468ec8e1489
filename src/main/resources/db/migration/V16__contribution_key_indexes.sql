-- Contribution lines are paged in the order of their natural key (month, country, mission, personnel type) after
-- the previous page's last key. Without a filter the unique key's own index is in that order; these give the
-- same order behind a country and behind a mission, so that a filtered page is read from one index range at any
-- depth instead of sorting the country's or mission's every line.
create index ix_contribution_country_key
    on peacekeeping_contribution (contributing_country, period_month, mission_id, personnel_type);
create index ix_contribution_mission_key
    on peacekeeping_contribution (mission_id, period_month, contributing_country, personnel_type);
drop index ix_contribution_country;
drop index ix_contribution_mission;
