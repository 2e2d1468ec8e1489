-- Contribution lines are paged in the order of their natural key (month, country, mission, personnel type) after
-- the previous page's last key. These indexes hold the key in that order, behind nothing, behind the country and
-- behind the mission, each with the counts after it: a page, filtered or not, is one range of one index at any
-- depth, read without a look at the table (without the counts, H2 weighed a mission's foreign-key index as
-- cheap and sorted every line of the mission).
create index ix_contribution_key
    on peacekeeping_contribution (period_month, contributing_country, mission_id, personnel_type, male, female, total);
create index ix_contribution_country_key
    on peacekeeping_contribution (contributing_country, period_month, mission_id, personnel_type, male, female, total);
create index ix_contribution_mission_key
    on peacekeeping_contribution (mission_id, period_month, contributing_country, personnel_type, male, female, total);
drop index ix_contribution_country;
drop index ix_contribution_mission;
