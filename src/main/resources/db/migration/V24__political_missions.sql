-- The UN's monthly reports of uniformed personnel count the police and military experts of the special political
-- missions and support offices too (UNAMA, UNSMIL, UNVMC, …): as reference data like V21's operations, with the
-- country each serves in, its dates and the mission it took over from, so that their personnel have a place on the
-- map and in the flows. A mission an import created earlier under the same acronym keeps its lines and gains these
-- facts.
insert into mission (acronym, name) select 'BINUB', 'United Nations Integrated Office in Burundi' where not exists (select 1 from mission where upper(acronym) = 'BINUB');
update mission set acronym = 'BINUB', name = 'United Nations Integrated Office in Burundi', name_zh = '联合国布隆迪综合办事处', territory = null, territory_zh = null, started_on = date '2007-01-01', ended_on = date '2010-12-31', host_country = 'BI' where upper(acronym) = 'BINUB';
insert into mission_host (mission_id, country_iso2) select id, 'BI' from mission where acronym = 'BINUB' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'BI');
insert into mission (acronym, name) select 'BINUH', 'United Nations Integrated Office in Haiti' where not exists (select 1 from mission where upper(acronym) = 'BINUH');
update mission set acronym = 'BINUH', name = 'United Nations Integrated Office in Haiti', name_zh = '联合国海地综合办事处', territory = null, territory_zh = null, started_on = date '2019-10-16', ended_on = null, host_country = 'HT' where upper(acronym) = 'BINUH';
insert into mission_host (mission_id, country_iso2) select id, 'HT' from mission where acronym = 'BINUH' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'HT');
insert into mission (acronym, name) select 'UNAMA', 'United Nations Assistance Mission in Afghanistan' where not exists (select 1 from mission where upper(acronym) = 'UNAMA');
update mission set acronym = 'UNAMA', name = 'United Nations Assistance Mission in Afghanistan', name_zh = '联合国阿富汗援助团', territory = null, territory_zh = null, started_on = date '2002-03-28', ended_on = null, host_country = 'AF' where upper(acronym) = 'UNAMA';
insert into mission_host (mission_id, country_iso2) select id, 'AF' from mission where acronym = 'UNAMA' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'AF');
insert into mission (acronym, name) select 'UNAMI', 'United Nations Assistance Mission for Iraq' where not exists (select 1 from mission where upper(acronym) = 'UNAMI');
update mission set acronym = 'UNAMI', name = 'United Nations Assistance Mission for Iraq', name_zh = '联合国伊拉克援助团', territory = null, territory_zh = null, started_on = date '2003-08-14', ended_on = null, host_country = 'IQ' where upper(acronym) = 'UNAMI';
insert into mission_host (mission_id, country_iso2) select id, 'IQ' from mission where acronym = 'UNAMI' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'IQ');
insert into mission (acronym, name) select 'UNIOGBIS', 'United Nations Integrated Peacebuilding Office in Guinea-Bissau' where not exists (select 1 from mission where upper(acronym) = 'UNIOGBIS');
update mission set acronym = 'UNIOGBIS', name = 'United Nations Integrated Peacebuilding Office in Guinea-Bissau', name_zh = '联合国几内亚比绍建设和平综合办事处', territory = null, territory_zh = null, started_on = date '2010-01-01', ended_on = date '2020-12-31', host_country = 'GW' where upper(acronym) = 'UNIOGBIS';
insert into mission_host (mission_id, country_iso2) select id, 'GW' from mission where acronym = 'UNIOGBIS' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'GW');
insert into mission (acronym, name) select 'UNITAMS', 'United Nations Integrated Transition Assistance Mission in Sudan' where not exists (select 1 from mission where upper(acronym) = 'UNITAMS');
update mission set acronym = 'UNITAMS', name = 'United Nations Integrated Transition Assistance Mission in Sudan', name_zh = '联合国苏丹过渡时期综合援助团', territory = null, territory_zh = null, started_on = date '2020-06-03', ended_on = date '2024-02-29', host_country = 'SD' where upper(acronym) = 'UNITAMS';
insert into mission_host (mission_id, country_iso2) select id, 'SD' from mission where acronym = 'UNITAMS' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'SD');
insert into mission (acronym, name) select 'UNMC', 'United Nations Mission in Colombia' where not exists (select 1 from mission where upper(acronym) = 'UNMC');
update mission set acronym = 'UNMC', name = 'United Nations Mission in Colombia', name_zh = '联合国哥伦比亚特派团', territory = null, territory_zh = null, started_on = date '2016-01-25', ended_on = date '2017-09-25', host_country = 'CO' where upper(acronym) = 'UNMC';
insert into mission_host (mission_id, country_iso2) select id, 'CO' from mission where acronym = 'UNMC' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'CO');
insert into mission (acronym, name) select 'UNVMC', 'United Nations Verification Mission in Colombia' where not exists (select 1 from mission where upper(acronym) = 'UNVMC');
update mission set acronym = 'UNVMC', name = 'United Nations Verification Mission in Colombia', name_zh = '联合国哥伦比亚核查团', territory = null, territory_zh = null, started_on = date '2017-09-26', ended_on = null, host_country = 'CO' where upper(acronym) = 'UNVMC';
insert into mission_host (mission_id, country_iso2) select id, 'CO' from mission where acronym = 'UNVMC' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'CO');
insert into mission (acronym, name) select 'UNMHA', 'United Nations Mission to support the Hudaydah Agreement' where not exists (select 1 from mission where upper(acronym) = 'UNMHA');
update mission set acronym = 'UNMHA', name = 'United Nations Mission to support the Hudaydah Agreement', name_zh = '联合国支助荷台达协议特派团', territory = null, territory_zh = null, started_on = date '2019-01-16', ended_on = null, host_country = 'YE' where upper(acronym) = 'UNMHA';
insert into mission_host (mission_id, country_iso2) select id, 'YE' from mission where acronym = 'UNMHA' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'YE');
insert into mission (acronym, name) select 'UNOWAS', 'United Nations Office for West Africa and the Sahel' where not exists (select 1 from mission where upper(acronym) = 'UNOWAS');
update mission set acronym = 'UNOWAS', name = 'United Nations Office for West Africa and the Sahel', name_zh = '联合国西非和萨赫勒办事处', territory = null, territory_zh = null, started_on = date '2016-01-01', ended_on = null, host_country = 'SN' where upper(acronym) = 'UNOWAS';
insert into mission_host (mission_id, country_iso2) select id, 'SN' from mission where acronym = 'UNOWAS' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'SN');
insert into mission (acronym, name) select 'UNSMIL', 'United Nations Support Mission in Libya' where not exists (select 1 from mission where upper(acronym) = 'UNSMIL');
update mission set acronym = 'UNSMIL', name = 'United Nations Support Mission in Libya', name_zh = '联合国利比亚支助团', territory = null, territory_zh = null, started_on = date '2011-09-16', ended_on = null, host_country = 'LY' where upper(acronym) = 'UNSMIL';
insert into mission_host (mission_id, country_iso2) select id, 'LY' from mission where acronym = 'UNSMIL' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'LY');
insert into mission (acronym, name) select 'UNSOM', 'United Nations Assistance Mission in Somalia' where not exists (select 1 from mission where upper(acronym) = 'UNSOM');
update mission set acronym = 'UNSOM', name = 'United Nations Assistance Mission in Somalia', name_zh = '联合国索马里援助团', territory = null, territory_zh = null, started_on = date '2013-06-03', ended_on = date '2024-10-30', host_country = 'SO' where upper(acronym) = 'UNSOM';
insert into mission_host (mission_id, country_iso2) select id, 'SO' from mission where acronym = 'UNSOM' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'SO');
insert into mission (acronym, name) select 'UNSOS', 'United Nations Support Office in Somalia' where not exists (select 1 from mission where upper(acronym) = 'UNSOS');
update mission set acronym = 'UNSOS', name = 'United Nations Support Office in Somalia', name_zh = '联合国索马里支助办事处', territory = null, territory_zh = null, started_on = date '2015-11-09', ended_on = null, host_country = 'SO' where upper(acronym) = 'UNSOS';
insert into mission_host (mission_id, country_iso2) select id, 'SO' from mission where acronym = 'UNSOS' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'SO');
insert into mission (acronym, name) select 'UNTMIS', 'United Nations Transitional Assistance Mission in Somalia' where not exists (select 1 from mission where upper(acronym) = 'UNTMIS');
update mission set acronym = 'UNTMIS', name = 'United Nations Transitional Assistance Mission in Somalia', name_zh = '联合国索马里过渡援助团', territory = null, territory_zh = null, started_on = date '2024-11-01', ended_on = null, host_country = 'SO' where upper(acronym) = 'UNTMIS';
insert into mission_host (mission_id, country_iso2) select id, 'SO' from mission where acronym = 'UNTMIS' and not exists (select 1 from mission_host where mission_id = mission.id and country_iso2 = 'SO');
update mission set predecessor_id = (select id from mission p where p.acronym = 'MINUJUSTH') where acronym = 'BINUH';
update mission set predecessor_id = (select id from mission p where p.acronym = 'UNMC') where acronym = 'UNVMC';
update mission set predecessor_id = (select id from mission p where p.acronym = 'UNSOM') where acronym = 'UNTMIS';
