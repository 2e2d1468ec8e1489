package org.cooperationatlas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the Xinhua article of 27 September 2017 fact by fact and finds each one in the database that the
 * migrations built, with the qualifier the article gives it. Reads the database directly, not through the services.
 */
// Its own context, and so its own fresh database: other tests add records and sources to the shared one.
@SpringBootTest(properties = "atlas.test.database=seed-only")
class SeedArticleTest {

    private static final String SKY_NET = "Sky Net and Fox Hunt: hunting corruption suspects who fled overseas";
    private static final String PEACEKEEPING = "Chinese police in UN peacekeeping missions";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_source_backs_every_record_and_every_figure() {
        Map<String, Object> source = jdbc.queryForMap("select * from source");
        assertThat(source)
                .containsEntry("PUBLISHER", "Xinhua")
                .containsEntry("TITLE", "Chinese police contribute to global security");
        assertThat(source.get("PUBLISHED_ON").toString()).isEqualTo("2017-09-27");
        long sourceId = ((Number) source.get("ID")).longValue();
        assertThat(count(
                        "select count(*) from cooperation_record r where not exists "
                                + "(select 1 from record_source s where s.record_id = r.id and s.source_id = ?)",
                        sourceId))
                .isZero();
        assertThat(count("select count(*) from figure where source_id <> ?", sourceId))
                .isZero();
        assertThat(count("select count(*) from cooperation_record")).isEqualTo(10);
    }

    @Test
    void the_joint_patrols_in_rome_and_milan_and_at_badaling() {
        String rome = "China–Italy joint police patrols in Rome and Milan";
        assertRecord(rome, "JOINT_PATROL", "2016-05-01", "MONTH");
        assertThat(partners(rome)).containsExactly("IT");
        assertThat(places(rome)).containsExactly("Rome||IT", "Milan||IT");

        String badaling = "Italian police officers join patrols at the Badaling section of the Great Wall";
        assertRecord(badaling, "JOINT_PATROL", "2017-01-01", "YEAR");
        assertThat(partners(badaling)).containsExactly("IT");
        assertThat(places(badaling)).containsExactly("Badaling section of the Great Wall|Beijing|CN");
        assertThat(summary(badaling))
                .contains("first time that foreign police officers had carried out joint patrols in China");
    }

    @Test
    void the_2011_crackdown_on_pornographic_websites_with_the_united_states() {
        String crackdown = "China–US crackdown on a chain of pornographic websites";
        assertRecord(crackdown, "JOINT_OPERATION", "2011-01-01", "YEAR");
        assertThat(partners(crackdown)).containsExactly("US");
        assertFigure(crackdown, "SUSPECTS_DETAINED", "10", "MORE_THAN", "PEOPLE", "CN");
        assertFigure(crackdown, "SUSPECTS_ARRESTED", "1", "EXACT", "PEOPLE", "US");
        assertThat(summary(crackdown)).contains("Wang Yong", "Federal Bureau of Investigation");
    }

    @Test
    void the_2016_telecom_fraud_operations() {
        String telecom = "Telecom-fraud operations with Southeast Asia, Africa and Europe";
        assertRecord(telecom, "JOINT_OPERATION", "2016-01-01", "YEAR");
        assertFigure(telecom, "CRIMINAL_DENS_DISMANTLED", "100", "ABOUT", "DENS", null);
        assertFigure(telecom, "SUSPECTS_ARRESTED", "5000", "NEARLY", "PEOPLE", null);
        assertThat(summary(telecom)).contains("Southeast Asia, Africa and Europe");
    }

    @Test
    void the_2016_anti_abduction_campaigns_with_vietnam_and_myanmar() {
        String abduction = "Joint anti-abduction campaigns with Vietnam and Myanmar";
        assertRecord(abduction, "MULTILATERAL_CAMPAIGN", "2016-01-01", "YEAR");
        assertThat(partners(abduction)).containsExactlyInAnyOrder("VN", "MM");
        assertFigure(abduction, "VICTIMS_RESCUED", "253", "EXACT", "PEOPLE", null);
        assertFigure(abduction, "SUSPECTS_DETAINED", "367", "EXACT", "PEOPLE", null);
    }

    @Test
    void sky_net_and_fox_hunt_from_2012_to_march_2017() {
        assertRecord(SKY_NET, "FUGITIVE_REPATRIATION", "2012-01-01", "YEAR");
        assertThat(jdbc.queryForObject(
                        "select period_to from cooperation_record where title = ?", String.class, SKY_NET))
                .isEqualTo("2017-03-31");
        assertFigure(SKY_NET, "FUGITIVES_CAPTURED", "2873", "EXACT", "PEOPLE", null);
        assertFigure(SKY_NET, "COUNTRIES_AND_REGIONS_INVOLVED", "90", "MORE_THAN", "COUNTRIES_AND_REGIONS", null);
        assertFigure(SKY_NET, "FORMER_OFFICIALS", "476", "EXACT", "PEOPLE", null);
        assertFigure(SKY_NET, "RED_NOTICE_SUBJECTS", "40", "ABOUT", "PEOPLE", null);
        assertFigure(SKY_NET, "ASSETS_RECOVERED", "8990000000", "ABOUT", "CNY", null);
        assertFigure(SKY_NET, "ASSETS_RECOVERED", "136000000", "ABOUT", "USD", null);
        assertThat(count(
                        "select count(*) from figure f join cooperation_record r on r.id = f.record_id "
                                + "where r.title = ? and f.period_from = date '2012-01-01' and f.period_to = date '2017-03-31' "
                                + "and f.cumulative",
                        SKY_NET))
                .isEqualTo(6);
    }

    @Test
    void fugitives_who_fled_per_year_are_yearly_not_cumulative() {
        List<Map<String, Object>> fled = jdbc.queryForList(
                "select f.amount, f.qualifier, f.cumulative, f.period_from, "
                        + "f.period_to from figure f join cooperation_record r on r.id = f.record_id "
                        + "where r.title = ? and f.metric = 'FUGITIVES_FLED' order by f.period_from",
                SKY_NET);
        assertThat(fled)
                .extracting(row -> ((BigDecimal) row.get("AMOUNT")).intValueExact())
                .containsExactly(101, 31, 19);
        assertThat(fled)
                .extracting(row -> row.get("PERIOD_FROM").toString())
                .containsExactly("2014-01-01", "2015-01-01", "2016-01-01");
        assertThat(fled)
                .extracting(row -> row.get("PERIOD_TO").toString())
                .containsExactly("2014-12-31", "2015-12-31", "2016-12-31");
        assertThat(fled).allSatisfy(row -> {
            assertThat(row.get("QUALIFIER")).isEqualTo("EXACT");
            assertThat(row.get("CUMULATIVE")).isEqualTo(false);
        });
    }

    @Test
    void peacekeeping_since_2000_with_patrols_in_monrovia() {
        assertRecord(PEACEKEEPING, "PEACEKEEPING_DEPLOYMENT", "2000-01-01", "YEAR");
        assertThat(jdbc.queryForObject(
                        "select status from cooperation_record where title = ?", String.class, PEACEKEEPING))
                .isEqualTo("ONGOING");
        assertThat(places(PEACEKEEPING)).containsExactly("Monrovia||LR");
        assertFigure(PEACEKEEPING, "DEPLOYMENT_TRIPS", "2609", "EXACT", "TRIPS", null);
        assertFigure(PEACEKEEPING, "FINANCIAL_CONTRIBUTION_RANK", "2", "EXACT", "RANK", "CN");
        assertFigure(PEACEKEEPING, "TROOP_CONTRIBUTION_RANK_AMONG_P5", "1", "EXACT", "RANK", "CN");
    }

    @Test
    void the_standby_police_force_the_permanent_squad_and_the_8000_troops() {
        String standby = "China's standby peacekeeping police force";
        assertRecord(standby, "PEACEKEEPING_DEPLOYMENT", "2017-07-01", "MONTH");
        assertFigure(standby, "PERSONNEL_ON_STANDBY", "300", "MORE_THAN", "PEOPLE", "CN");
        assertThat(summary(standby))
                .contains("first standby peacekeeping police force with a rapid deployment capability");

        String squad = "Permanent peacekeeping police squad being established";
        assertRecord(squad, "PEACEKEEPING_DEPLOYMENT", "2017-01-01", "YEAR");
        assertThat(jdbc.queryForObject("select status from cooperation_record where title = ?", String.class, squad))
                .isEqualTo("IN_PREPARATION");

        String troops = "Standby peacekeeping force of 8,000 troops being established";
        assertFigure(troops, "PLANNED_FORCE_SIZE", "8000", "EXACT", "PEOPLE", "CN");
    }

    @Test
    void every_figure_quotes_the_article_and_nothing_is_invented() {
        assertThat(count("select count(*) from figure")).isEqualTo(20);
        assertThat(count("select count(*) from figure where quote is null")).isZero();
        assertThat(count("select count(*) from record_place")).isEqualTo(4);
        assertThat(count("select count(*) from record_partner")).isEqualTo(5);
        assertThat(count("select count(*) from cooperation_record where lead_country <> 'CN'"))
                .isZero();
    }

    private void assertRecord(String title, String kind, String start, String precision) {
        Map<String, Object> row = jdbc.queryForMap(
                "select kind, start_date, start_precision, lead_country " + "from cooperation_record where title = ?",
                title);
        assertThat(row.get("KIND")).isEqualTo(kind);
        assertThat(row.get("START_DATE").toString()).isEqualTo(start);
        assertThat(row.get("START_PRECISION")).isEqualTo(precision);
        assertThat(row.get("LEAD_COUNTRY")).isEqualTo("CN");
    }

    private void assertFigure(
            String title, String metric, String value, String qualifier, String unit, String country) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select f.qualifier, f.unit, f.country_iso2 from figure f "
                        + "join cooperation_record r on r.id = f.record_id where r.title = ? and f.metric = ? and f.amount = ?",
                title,
                metric,
                new BigDecimal(value));
        assertThat(rows).as("%s %s of %s", metric, value, title).hasSize(1);
        assertThat(rows.get(0).get("QUALIFIER"))
                .as("qualifier of %s %s", metric, value)
                .isEqualTo(qualifier);
        assertThat(rows.get(0).get("UNIT")).isEqualTo(unit);
        assertThat(rows.get(0).get("COUNTRY_ISO2")).isEqualTo(country);
    }

    private List<String> partners(String title) {
        return jdbc.queryForList(
                "select p.country_iso2 from record_partner p join cooperation_record r "
                        + "on r.id = p.record_id where r.title = ?",
                String.class,
                title);
    }

    private List<String> places(String title) {
        return jdbc.queryForList(
                "select p.name || '|' || coalesce(p.locality, '') || '|' || p.country_iso2 "
                        + "from record_place p join cooperation_record r on r.id = p.record_id where r.title = ? "
                        + "order by p.position",
                String.class,
                title);
    }

    private String summary(String title) {
        return jdbc.queryForObject("select summary from cooperation_record where title = ?", String.class, title);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
