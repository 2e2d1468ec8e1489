-- The first body of facts: Xinhua, "Chinese police contribute to global security", updated 27 September 2017.
-- Every fact of the article, and nothing beyond it; each figure keeps the qualifier the article gives it.
insert into source (publisher, title, published_on, url, language) values
    ('Xinhua', 'Chinese police contribute to global security', date '2017-09-27', null, 'en');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('China–Italy joint police patrols in Rome and Milan', 'JOINT_PATROL', 'PUBLIC_ORDER_TOURIST_SAFETY', 'CN', date '2016-05-01', 'MONTH', null, null, date '2016-05-01', date '2016-05-31', 'REPORTED',
     'In May 2016, China sent police officers to Rome and Milan, both popular destinations for Chinese tourists, for joint patrols with their Italian counterparts, as part of a law enforcement cooperation program between the two countries. The joint patrols laid a foundation for China and Italy to deepen cooperation in law enforcement and in combating cross-border crime, setting an example for law enforcement collaboration between China and other countries.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'China–Italy joint police patrols in Rome and Milan'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into record_partner (record_id, country_iso2) values ((select id from cooperation_record where title = 'China–Italy joint police patrols in Rome and Milan'), 'IT');
insert into record_place (record_id, position, name, locality, country_iso2) values ((select id from cooperation_record where title = 'China–Italy joint police patrols in Rome and Milan'), 0, 'Rome', null, 'IT');
insert into record_place (record_id, position, name, locality, country_iso2) values ((select id from cooperation_record where title = 'China–Italy joint police patrols in Rome and Milan'), 1, 'Milan', null, 'IT');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Italian police officers join patrols at the Badaling section of the Great Wall', 'JOINT_PATROL', 'PUBLIC_ORDER_TOURIST_SAFETY', 'CN', date '2017-01-01', 'YEAR', null, null, date '2017-01-01', date '2017-12-31', 'REPORTED',
     'About one year after the patrols in Rome and Milan, Italian police officers started to patrol the Badaling section of the Great Wall in Beijing with their Chinese peers. It was the first time that foreign police officers had carried out joint patrols in China.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Italian police officers join patrols at the Badaling section of the Great Wall'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into record_partner (record_id, country_iso2) values ((select id from cooperation_record where title = 'Italian police officers join patrols at the Badaling section of the Great Wall'), 'IT');
insert into record_place (record_id, position, name, locality, country_iso2) values ((select id from cooperation_record where title = 'Italian police officers join patrols at the Badaling section of the Great Wall'), 0, 'Badaling section of the Great Wall', 'Beijing', 'CN');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('China–US crackdown on a chain of pornographic websites', 'JOINT_OPERATION', 'CYBERCRIME_PORNOGRAPHY', 'CN', date '2011-01-01', 'YEAR', null, null, date '2011-01-01', date '2011-12-31', 'COMPLETED',
     'A crackdown on a chain of porn websites, described as a successful operation by Chinese and U.S. police forces. The primary operator of the websites, Wang Yong, was arrested in the United States by the U.S. Federal Bureau of Investigation, while Chinese police detained more than 10 people suspected of maintaining the websites in China.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'China–US crackdown on a chain of pornographic websites'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into record_partner (record_id, country_iso2) values ((select id from cooperation_record where title = 'China–US crackdown on a chain of pornographic websites'), 'US');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'China–US crackdown on a chain of pornographic websites'), 0, 'SUSPECTS_DETAINED', 10, 'MORE_THAN', 'PEOPLE', date '2011-01-01', date '2011-12-31', false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'Chinese police detained more than 10 people suspected of maintaining the websites in China.');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'China–US crackdown on a chain of pornographic websites'), 1, 'SUSPECTS_ARRESTED', 1, 'EXACT', 'PEOPLE', date '2011-01-01', date '2011-12-31', false, 'US', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'The primary operator of the websites Wang Yong was arrested in the United States by the U.S. Federal Bureau of Investigation');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Telecom-fraud operations with Southeast Asia, Africa and Europe', 'JOINT_OPERATION', 'TELECOM_FRAUD', 'CN', date '2016-01-01', 'YEAR', null, null, date '2016-01-01', date '2016-12-31', 'REPORTED',
     'In 2016, Chinese police worked with counterparts in Southeast Asia, Africa and Europe to combat telecom fraud, uprooting about 100 criminal dens and arresting nearly 5,000 suspects. The source names the regions, not the partner countries.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Telecom-fraud operations with Southeast Asia, Africa and Europe'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Telecom-fraud operations with Southeast Asia, Africa and Europe'), 0, 'SUSPECTS_ARRESTED', 5000, 'NEARLY', 'PEOPLE', date '2016-01-01', date '2016-12-31', false, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'uprooting about 100 criminal dens and arresting nearly 5,000 suspects');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Telecom-fraud operations with Southeast Asia, Africa and Europe'), 1, 'CRIMINAL_DENS_DISMANTLED', 100, 'ABOUT', 'DENS', date '2016-01-01', date '2016-12-31', false, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'uprooting about 100 criminal dens and arresting nearly 5,000 suspects');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Joint anti-abduction campaigns with Vietnam and Myanmar', 'MULTILATERAL_CAMPAIGN', 'ABDUCTION_TRAFFICKING', 'CN', date '2016-01-01', 'YEAR', null, null, date '2016-01-01', date '2016-12-31', 'REPORTED',
     'Joint anti-abduction campaigns between China and Southeast Asian countries, including Vietnam and Myanmar, saw remarkable results in 2016, with 253 abducted children and women rescued and 367 suspects detained.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Joint anti-abduction campaigns with Vietnam and Myanmar'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into record_partner (record_id, country_iso2) values ((select id from cooperation_record where title = 'Joint anti-abduction campaigns with Vietnam and Myanmar'), 'VN');
insert into record_partner (record_id, country_iso2) values ((select id from cooperation_record where title = 'Joint anti-abduction campaigns with Vietnam and Myanmar'), 'MM');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Joint anti-abduction campaigns with Vietnam and Myanmar'), 0, 'VICTIMS_RESCUED', 253, 'EXACT', 'PEOPLE', date '2016-01-01', date '2016-12-31', false, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'with 253 abducted children and women rescued and 367 suspects detained');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Joint anti-abduction campaigns with Vietnam and Myanmar'), 1, 'SUSPECTS_DETAINED', 367, 'EXACT', 'PEOPLE', date '2016-01-01', date '2016-12-31', false, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'with 253 abducted children and women rescued and 367 suspects detained');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Sky Net and Fox Hunt: hunting corruption suspects who fled overseas', 'FUGITIVE_REPATRIATION', 'CORRUPTION', 'CN', date '2012-01-01', 'YEAR', date '2017-03-01', 'MONTH', date '2012-01-01', date '2017-03-31', 'REPORTED',
     'China launched operations such as "Sky Net" and "Fox Hunt" to hunt corruption suspects who have fled overseas. From 2012 to March 2017, 2,873 fugitives were captured from more than 90 countries and regions; 476 of them were former officials and about 40 were on the Interpol Red Notice list. About 8.99 billion yuan (about 136 million U.S. dollars) was recovered. According to the Central Commission for Discipline Inspection of the Communist Party of China, the number of corrupt officials who fled overseas fell drastically in 2016: 19 fugitive suspects fled China in 2016, compared with 31 in 2015 and 101 in 2014.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 0, 'FUGITIVES_CAPTURED', 2873, 'EXACT', 'PEOPLE', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'From 2012 to March 2017, 2,873 fugitives were captured from more than 90 countries and regions');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 1, 'COUNTRIES_AND_REGIONS_INVOLVED', 90, 'MORE_THAN', 'COUNTRIES_AND_REGIONS', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'captured from more than 90 countries and regions');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 2, 'FORMER_OFFICIALS', 476, 'EXACT', 'PEOPLE', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'with 476 of them being former officials');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 3, 'RED_NOTICE_SUBJECTS', 40, 'ABOUT', 'PEOPLE', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'about 40 were from the Interpol Red Notice list');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 4, 'ASSETS_RECOVERED', 8990000000, 'ABOUT', 'CNY', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'About 8.99 billion yuan (about 136 million U.S. dollars) was recovered.');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 5, 'ASSETS_RECOVERED', 136000000, 'ABOUT', 'USD', date '2012-01-01', date '2017-03-31', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'About 8.99 billion yuan (about 136 million U.S. dollars) was recovered. The dollar amount is the same sum converted, not an addition.');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 6, 'FUGITIVES_FLED', 101, 'EXACT', 'PEOPLE', date '2014-01-01', date '2014-12-31', false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'A total of 19 fugitive suspects fled China in 2016, compared with 31 in 2015 and 101 in 2014. (Central Commission for Discipline Inspection)');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 7, 'FUGITIVES_FLED', 31, 'EXACT', 'PEOPLE', date '2015-01-01', date '2015-12-31', false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'A total of 19 fugitive suspects fled China in 2016, compared with 31 in 2015 and 101 in 2014. (Central Commission for Discipline Inspection)');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Sky Net and Fox Hunt: hunting corruption suspects who fled overseas'), 8, 'FUGITIVES_FLED', 19, 'EXACT', 'PEOPLE', date '2016-01-01', date '2016-12-31', false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'A total of 19 fugitive suspects fled China in 2016, compared with 31 in 2015 and 101 in 2014. (Central Commission for Discipline Inspection)');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Chinese police in UN peacekeeping missions', 'PEACEKEEPING_DEPLOYMENT', 'PEACEKEEPING', 'CN', date '2000-01-01', 'YEAR', null, null, date '2000-01-01', null, 'ONGOING',
     'Chinese police have participated in various UN peacekeeping missions since 2000, making 2,609 trips abroad on peacekeeping missions, with patrols reaching deep into the forests of Liberia''s Monrovia. China is the second largest financial contributor to UN peacekeeping and the largest contributor of troops among the five permanent members of the UN Security Council. A Ministry of Public Security official said China will continue to actively participate in UN peacekeeping missions and play a bigger role in strengthening international law enforcement cooperation.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Chinese police in UN peacekeeping missions'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into record_place (record_id, position, name, locality, country_iso2) values ((select id from cooperation_record where title = 'Chinese police in UN peacekeeping missions'), 0, 'Monrovia', null, 'LR');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Chinese police in UN peacekeeping missions'), 0, 'DEPLOYMENT_TRIPS', 2609, 'EXACT', 'TRIPS', date '2000-01-01', date '2017-09-27', true, null, (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'Chinese police have participated in various UN peacekeeping missions since 2000, making 2,609 trips abroad on peacekeeping missions.');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Chinese police in UN peacekeeping missions'), 1, 'FINANCIAL_CONTRIBUTION_RANK', 2, 'EXACT', 'RANK', null, null, false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'the second largest financial contributor to UN peacekeeping');
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Chinese police in UN peacekeeping missions'), 2, 'TROOP_CONTRIBUTION_RANK_AMONG_P5', 1, 'EXACT', 'RANK', null, null, false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'the largest contributor of troops among the five permanent members of the UN Security Council');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('China''s standby peacekeeping police force', 'PEACEKEEPING_DEPLOYMENT', 'PEACEKEEPING', 'CN', date '2017-07-01', 'MONTH', null, null, date '2017-07-01', null, 'ONGOING',
     'As of July 2017, China''s standby peacekeeping police force consisted of over 300 people who had passed UN assessment, ready to be sent abroad. The UN has listed it as the world''s first standby peacekeeping police force with a rapid deployment capability.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'China''s standby peacekeeping police force'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'China''s standby peacekeeping police force'), 0, 'PERSONNEL_ON_STANDBY', 300, 'MORE_THAN', 'PEOPLE', date '2017-07-01', date '2017-07-31', false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'As of July, China''s standby peacekeeping police force consisted of over 300 people that had passed UN assessment, ready to be sent abroad.');

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Permanent peacekeeping police squad being established', 'PEACEKEEPING_DEPLOYMENT', 'PEACEKEEPING', 'CN', date '2017-01-01', 'YEAR', null, null, date '2017-01-01', date '2017-12-31', 'IN_PREPARATION',
     'China is working to establish a permanent peacekeeping police squad.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Permanent peacekeeping police squad being established'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));

insert into cooperation_record (title, kind, crime_area, lead_country, start_date, start_precision, end_date, end_precision, period_from, period_to, status, summary, updated_at) values
    ('Standby peacekeeping force of 8,000 troops being established', 'PEACEKEEPING_DEPLOYMENT', 'PEACEKEEPING', 'CN', date '2017-01-01', 'YEAR', null, null, date '2017-01-01', date '2017-12-31', 'IN_PREPARATION',
     'China is working to establish a standby peacekeeping force of 8,000 troops.', timestamp with time zone '2017-09-27 00:00:00+00');
insert into record_source (record_id, source_id) values ((select id from cooperation_record where title = 'Standby peacekeeping force of 8,000 troops being established'), (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'));
insert into figure (record_id, position, metric, amount, qualifier, unit, period_from, period_to, cumulative, country_iso2, source_id, quote) values
    ((select id from cooperation_record where title = 'Standby peacekeeping force of 8,000 troops being established'), 0, 'PLANNED_FORCE_SIZE', 8000, 'EXACT', 'PEOPLE', null, null, false, 'CN', (select id from source where title = 'Chinese police contribute to global security' and published_on = date '2017-09-27'),
     'China is also working to establish a permanent peacekeeping police squad, and a standby peacekeeping force of 8,000 troops.');
