package org.cooperationatlas.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cooperationatlas.PostgresForTests;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Metrics and units becoming reference data changes the meaning of no stored figure: a database with a figure of
 * every metric and unit the fixed lists had, migrated to today, keeps each figure's code and reads it with the
 * name the fixed lists gave it; and a figure can no longer name a metric or unit the atlas does not know.
 */
class MeasureMigrationTest {

    /** The codes and English names of the fixed lists, as figures stored them before. */
    private static final Map<String, String> OLD_METRICS = Map.ofEntries(
            Map.entry("SUSPECTS_ARRESTED", "Suspects arrested"),
            Map.entry("SUSPECTS_DETAINED", "Suspects detained"),
            Map.entry("VICTIMS_RESCUED", "Victims rescued"),
            Map.entry("FUGITIVES_CAPTURED", "Fugitives captured"),
            Map.entry("FORMER_OFFICIALS", "Former officials among them"),
            Map.entry("RED_NOTICE_SUBJECTS", "Interpol Red Notice subjects among them"),
            Map.entry("CRIMINAL_DENS_DISMANTLED", "Criminal dens dismantled"),
            Map.entry("ASSETS_RECOVERED", "Assets recovered"),
            Map.entry("OFFICERS_DEPLOYED", "Officers deployed"),
            Map.entry("DEPLOYMENT_TRIPS", "Deployment trips"),
            Map.entry("FUGITIVES_FLED", "Fugitives who fled abroad"),
            Map.entry("PERSONNEL_ON_STANDBY", "Personnel on standby"),
            Map.entry("PLANNED_FORCE_SIZE", "Planned size of a force being set up"),
            Map.entry("COUNTRIES_AND_REGIONS_INVOLVED", "Countries and regions involved"),
            Map.entry("FINANCIAL_CONTRIBUTION_RANK", "Rank as financial contributor to UN peacekeeping"),
            Map.entry(
                    "TROOP_CONTRIBUTION_RANK_AMONG_P5",
                    "Rank as troop contributor among the Security Council's permanent members"),
            Map.entry("OTHER", "Other"));

    private static final Map<String, String> OLD_UNITS = Map.of(
            "PEOPLE", "People",
            "DENS", "Dens",
            "TRIPS", "Trips",
            "COUNTRIES_AND_REGIONS", "Countries and regions",
            "RANK", "Rank",
            "CNY", "Chinese yuan (CNY)",
            "USD", "US dollars (USD)",
            "EUR", "Euros (EUR)");

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:mem:measure_migration;DB_CLOSE_DELAY=-1", "sa", "tinyint"),
                Arguments.of(
                        "PostgreSQL",
                        PostgresForTests.createDatabase("measure_migration"),
                        PostgresForTests.USER,
                        "smallint"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void every_stored_figure_keeps_its_metric_and_unit(String name, String url, String user, String revtype) {
        DataSource database = new DriverManagerDataSource(url, user, "");
        flyway(database, revtype).target("24").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long record = jdbc.queryForObject("select min(id) from cooperation_record", Long.class);
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        int position = 100;
        for (String metric : OLD_METRICS.keySet()) {
            for (String unit : OLD_UNITS.keySet()) {
                jdbc.update(
                        "insert into figure (record_id, position, metric, amount, qualifier, unit, cumulative,"
                                + " source_id) values (?, ?, ?, 7, 'EXACT', ?, false, ?)",
                        record,
                        position++,
                        metric,
                        unit,
                        source);
            }
        }
        List<Map<String, Object>> before = jdbc.queryForList("select id, metric, unit, amount from figure order by id");

        flyway(database, revtype).load().migrate();

        long last = jdbc.queryForObject("select max(id) from figure where position >= 100", Long.class);
        assertThat(jdbc.queryForList("select id, metric, unit, amount from figure where id <= ? order by id", last))
                .isEqualTo(before);
        jdbc.query(
                "select f.metric, m.name_en as metric_name, f.unit, u.name_en as unit_name from figure f"
                        + " join metric m on m.code = f.metric join unit u on u.code = f.unit",
                row -> {
                    String metric = row.getString("metric");
                    if (OLD_METRICS.containsKey(metric)) {
                        assertThat(row.getString("metric_name")).isEqualTo(OLD_METRICS.get(metric));
                    }
                    String unit = row.getString("unit");
                    if (OLD_UNITS.containsKey(unit)) {
                        assertThat(row.getString("unit_name")).isEqualTo(OLD_UNITS.get(unit));
                    }
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from figure f where not exists (select 1 from metric m where m.code ="
                                + " f.metric) or not exists (select 1 from unit u where u.code = f.unit)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from metric_aud", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from metric", Integer.class));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "insert into figure (record_id, position, metric, amount, qualifier, unit, cumulative,"
                                + " source_id) values (?, 999, 'NO_SUCH_METRIC', 1, 'EXACT', 'PEOPLE', false, ?)",
                        record,
                        source))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database, String revtype) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(Map.of("revtype", revtype, "publicRecords", "true"))
                .cleanDisabled(true);
    }
}
