-- Metrics and units as reference data instead of fixed lists: each with its code (what figures have always stored,
-- so no stored figure changes meaning), its names in English and Chinese and, for a unit, the way a value of it is
-- written and its kind (a count of something, a currency, a percentage, a distance, a mass, a duration, a rank).
-- Seeded with the codes of before and with what real articles count; administrators add and rename them, with
-- their history. A metric says whether its figures add up: a change, a share, a rank or the number of countries
-- involved never does.
create table unit (
    code     varchar(30)  not null primary key,
    name_en  varchar(100) not null,
    name_zh  varchar(100) not null,
    value_en varchar(100) not null,
    value_zh varchar(100) not null,
    kind     varchar(20)  not null,
    version  bigint       not null default 0
);

create table metric (
    code       varchar(40)  not null primary key,
    name_en    varchar(200) not null,
    name_zh    varchar(200) not null,
    usual_unit varchar(30)  not null references unit (code),
    summable   boolean      not null,
    version    bigint       not null default 0
);

create table unit_aud (
    code     varchar(30) not null,
    rev      bigint      not null references revinfo (rev),
    revtype  ${revtype},
    name_en  varchar(100),
    name_zh  varchar(100),
    value_en varchar(100),
    value_zh varchar(100),
    kind     varchar(20),
    primary key (code, rev)
);

create table metric_aud (
    code       varchar(40) not null,
    rev        bigint      not null references revinfo (rev),
    revtype    ${revtype},
    name_en    varchar(200),
    name_zh    varchar(200),
    usual_unit varchar(30),
    summable   boolean,
    primary key (code, rev)
);

insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PEOPLE', 'People', '人', '{0} people', '{0}人', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PERSON_TIMES', 'Person-times', '人次', '{0} person-times', '{0}人次', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('DENS', 'Dens', '窝点', '{0} dens', '{0}个窝点', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('TRIPS', 'Trips', '人次（派出）', '{0} trips', '{0}人次', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('COUNTRIES_AND_REGIONS', 'Countries and regions', '国家和地区', '{0} countries and regions', '{0}个国家和地区', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('COUNTRIES', 'Countries', '国家', '{0} countries', '{0}个国家', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('LOCATIONS', 'Places and sites', '处（地点）', '{0} places', '{0}处', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('OCCASIONS', 'Times (occasions)', '次', '{0} times', '{0}次', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('RANK', 'Rank', '排名', 'No. {0}', '第{0}位', 'RANK');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('CASES', 'Cases', '案件', '{0} cases', '{0}起案件', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('GANGS', 'Criminal groups', '犯罪团伙', '{0} criminal groups', '{0}个犯罪团伙', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('UNDERGROUND_BANKS', 'Underground banks', '地下钱庄', '{0} underground banks', '{0}个地下钱庄', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('WORKING_GROUPS', 'Working groups', '工作组', '{0} working groups', '{0}个工作组', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PATROL_GROUPS', 'Patrol groups', '巡逻组', '{0} patrol groups', '{0}个巡逻组', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('VESSELS', 'Vessels', '船只', '{0} vessels', '{0}艘', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('VEHICLES', 'Vehicles and aircraft', '车辆和航空器', '{0} vehicles or aircraft', '{0}辆（架）', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('WEBSITES', 'Websites', '网站', '{0} websites', '{0}个网站', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('ACCOUNTS', 'Accounts', '账户', '{0} accounts', '{0}个账户', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('DEVICES', 'Devices', '设备', '{0} devices', '{0}部设备', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('FIREARMS', 'Firearms', '枪支', '{0} firearms', '{0}支枪', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('OPERATIONS', 'Operations', '行动', '{0} operations', '{0}次行动', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PATROLS', 'Patrols', '巡逻', '{0} patrols', '{0}次巡逻', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('MEETINGS', 'Meetings', '会议', '{0} meetings', '{0}次会议', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('TRAININGS', 'Training courses', '培训班', '{0} training courses', '{0}期培训', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('AGREEMENTS', 'Agreements and treaties', '协议和条约', '{0} agreements', '{0}份协议', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('AGENCIES', 'Agencies', '机构', '{0} agencies', '{0}个机构', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('ITEMS', 'Items', '件', '{0} items', '{0}件', 'COUNT');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PERCENT', 'Percent', '百分比', '{0} %', '{0}%', 'PERCENTAGE');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('KILOMETRES', 'Kilometres', '公里', '{0} km', '{0}公里', 'DISTANCE');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('METRES', 'Metres', '米', '{0} m', '{0}米', 'DISTANCE');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('NAUTICAL_MILES', 'Nautical miles', '海里', '{0} nautical miles', '{0}海里', 'DISTANCE');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('GRAMS', 'Grams', '克', '{0} g', '{0}克', 'MASS');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('KILOGRAMS', 'Kilograms', '公斤', '{0} kg', '{0}公斤', 'MASS');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('TONNES', 'Tonnes', '吨', '{0} tonnes', '{0}吨', 'MASS');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('HOURS', 'Hours', '小时', '{0} hours', '{0}小时', 'DURATION');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('DAYS', 'Days', '天', '{0} days', '{0}天', 'DURATION');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('WEEKS', 'Weeks', '周', '{0} weeks', '{0}周', 'DURATION');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('MONTHS', 'Months', '个月', '{0} months', '{0}个月', 'DURATION');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('YEARS', 'Years', '年', '{0} years', '{0}年', 'DURATION');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('CNY', 'Chinese yuan (CNY)', '人民币（CNY）', '{0} CNY', '{0}元人民币', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('USD', 'US dollars (USD)', '美元（USD）', '{0} USD', '{0}美元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('EUR', 'Euros (EUR)', '欧元（EUR）', '{0} EUR', '{0}欧元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('GBP', 'Pounds sterling (GBP)', '英镑（GBP）', '{0} GBP', '{0}英镑', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('HKD', 'Hong Kong dollars (HKD)', '港元（HKD）', '{0} HKD', '{0}港元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('MOP', 'Macanese patacas (MOP)', '澳门元（MOP）', '{0} MOP', '{0}澳门元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('TWD', 'New Taiwan dollars (TWD)', '新台币（TWD）', '{0} TWD', '{0}新台币', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('JPY', 'Japanese yen (JPY)', '日元（JPY）', '{0} JPY', '{0}日元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('KRW', 'South Korean won (KRW)', '韩元（KRW）', '{0} KRW', '{0}韩元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('THB', 'Thai baht (THB)', '泰铢（THB）', '{0} THB', '{0}泰铢', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('PHP', 'Philippine pesos (PHP)', '菲律宾比索（PHP）', '{0} PHP', '{0}菲律宾比索', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('MYR', 'Malaysian ringgit (MYR)', '马来西亚林吉特（MYR）', '{0} MYR', '{0}林吉特', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('IDR', 'Indonesian rupiah (IDR)', '印尼盾（IDR）', '{0} IDR', '{0}印尼盾', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('VND', 'Vietnamese dong (VND)', '越南盾（VND）', '{0} VND', '{0}越南盾', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('SGD', 'Singapore dollars (SGD)', '新加坡元（SGD）', '{0} SGD', '{0}新加坡元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('INR', 'Indian rupees (INR)', '印度卢比（INR）', '{0} INR', '{0}印度卢比', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('AUD', 'Australian dollars (AUD)', '澳元（AUD）', '{0} AUD', '{0}澳元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('NZD', 'New Zealand dollars (NZD)', '新西兰元（NZD）', '{0} NZD', '{0}新西兰元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('CAD', 'Canadian dollars (CAD)', '加元（CAD）', '{0} CAD', '{0}加元', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('MXN', 'Mexican pesos (MXN)', '墨西哥比索（MXN）', '{0} MXN', '{0}墨西哥比索', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('BRL', 'Brazilian reais (BRL)', '巴西雷亚尔（BRL）', '{0} BRL', '{0}雷亚尔', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('NGN', 'Nigerian naira (NGN)', '尼日利亚奈拉（NGN）', '{0} NGN', '{0}奈拉', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('ZAR', 'South African rand (ZAR)', '南非兰特（ZAR）', '{0} ZAR', '{0}兰特', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('GHS', 'Ghanaian cedis (GHS)', '加纳塞地（GHS）', '{0} GHS', '{0}塞地', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('KES', 'Kenyan shillings (KES)', '肯尼亚先令（KES）', '{0} KES', '{0}肯尼亚先令', 'CURRENCY');
insert into unit (code, name_en, name_zh, value_en, value_zh, kind) values ('RUB', 'Russian roubles (RUB)', '俄罗斯卢布（RUB）', '{0} RUB', '{0}卢布', 'CURRENCY');
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('SUSPECTS_ARRESTED', 'Suspects arrested', '抓获嫌疑人', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('SUSPECTS_DETAINED', 'Suspects detained', '拘留嫌疑人', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('VICTIMS_RESCUED', 'Victims rescued', '解救受害者', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FUGITIVES_CAPTURED', 'Fugitives captured', '追回外逃人员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FUGITIVES_RETURNED', 'Fugitives returned or repatriated', '遣返、引渡或劝返的外逃人员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FUGITIVES_SURRENDERED', 'Fugitives who turned themselves in', '投案自首的外逃人员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FORMER_OFFICIALS', 'Former officials among them', '其中前官员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('RED_NOTICE_SUBJECTS', 'Interpol Red Notice subjects among them', '其中国际刑警组织红色通缉令人员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('CRIMINAL_DENS_DISMANTLED', 'Criminal dens dismantled', '捣毁犯罪窝点', 'DENS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('CASES_SOLVED', 'Cases solved', '破获案件', 'CASES', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('GANGS_DISMANTLED', 'Criminal groups dismantled', '打掉犯罪团伙', 'GANGS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('UNDERGROUND_BANKS_CLOSED', 'Underground banks closed', '捣毁地下钱庄', 'UNDERGROUND_BANKS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('ASSETS_RECOVERED', 'Assets recovered', '追回赃款', 'CNY', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('MONEY_SEIZED', 'Money and assets seized or frozen', '查扣冻结资金和资产', 'CNY', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('AMOUNT_INVOLVED', 'Money involved in the cases', '涉案金额', 'CNY', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('DRUGS_SEIZED', 'Drugs seized', '缴获毒品', 'KILOGRAMS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('GOODS_SEIZED', 'Goods seized', '查获物品', 'ITEMS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FIREARMS_SEIZED', 'Firearms seized', '缴获枪支', 'FIREARMS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('WEBSITES_SHUT_DOWN', 'Websites shut down', '关闭网站', 'WEBSITES', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('ACCOUNTS_FROZEN', 'Accounts frozen or seized', '冻结或查扣账户', 'ACCOUNTS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('OFFICERS_DEPLOYED', 'Officers deployed', '派出警员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('OFFICERS_TRAINED', 'Officers trained', '培训警员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('LIAISON_OFFICERS_POSTED', 'Liaison officers posted', '派驻联络官', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('DEPLOYMENT_TRIPS', 'Deployment trips', '派出人次', 'TRIPS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('PATROLS_CONDUCTED', 'Patrols conducted', '开展巡逻', 'PATROLS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('PATROL_GROUPS', 'Patrol groups formed', '组建巡逻组', 'PATROL_GROUPS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('VESSELS_DEPLOYED', 'Vessels deployed', '出动船只', 'VESSELS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('DISTANCE_PATROLLED', 'Distance patrolled', '巡逻里程', 'KILOMETRES', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('OPERATION_DURATION', 'Length of the operation', '行动持续时间', 'DAYS', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('WORKING_GROUPS_SET_UP', 'Working groups set up', '设立工作组', 'WORKING_GROUPS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('TREATIES_SIGNED', 'Treaties and agreements signed', '签署条约和协议', 'AGREEMENTS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('OPERATIONS_CONDUCTED', 'Operations conducted', '开展行动', 'OPERATIONS', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('COUNTRIES_AND_REGIONS_INVOLVED', 'Countries and regions involved', '涉及国家和地区', 'COUNTRIES_AND_REGIONS', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('AGENCIES_INVOLVED', 'Agencies involved', '参与机构', 'AGENCIES', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FUGITIVES_FLED', 'Fugitives who fled abroad', '外逃人员', 'PEOPLE', true);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('PERSONNEL_ON_STANDBY', 'Personnel on standby', '待命人员', 'PEOPLE', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('PLANNED_FORCE_SIZE', 'Planned size of a force being set up', '筹建中力量的计划规模', 'PEOPLE', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('FINANCIAL_CONTRIBUTION_RANK', 'Rank as financial contributor to UN peacekeeping', '联合国维和摊款国排名', 'RANK', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('TROOP_CONTRIBUTION_RANK_AMONG_P5', 'Rank as troop contributor among the Security Council''s permanent members', '在安理会常任理事国中的出兵排名', 'RANK', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('CHANGE', 'Change from an earlier period', '与此前相比的变化', 'PERCENT', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('SHARE', 'Share of a whole', '所占比例', 'PERCENT', false);
insert into metric (code, name_en, name_zh, usual_unit, summable) values ('OTHER', 'Other', '其他', 'PEOPLE', false);

-- The seed as it was first written: one revision by the system, so that each metric's and unit's history starts here.
insert into revinfo (revtstmp, username) values (1796688000000, 'system');
insert into unit_aud (code, rev, revtype, name_en, name_zh, value_en, value_zh, kind)
select code, (select max(rev) from revinfo), 0, name_en, name_zh, value_en, value_zh, kind from unit;
insert into metric_aud (code, rev, revtype, name_en, name_zh, usual_unit, summable)
select code, (select max(rev) from revinfo), 0, name_en, name_zh, usual_unit, summable from metric;

-- A figure's metric and unit are ones the atlas knows.
alter table figure add constraint fk_figure_metric foreign key (metric) references metric (code);
alter table figure add constraint fk_figure_unit foreign key (unit) references unit (code);
