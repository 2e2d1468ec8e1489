package org.cooperationatlas.importing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperationatlas.importing.report.PrintedTotal.Level;
import org.cooperationatlas.importing.report.ReportRow.TypeCounts;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.junit.jupiter.api.Test;

/**
 * The reader on a real report of each layout the UN has used since 2015: the lines it reads add up to every
 * total the report prints, and lines checked by hand read as printed, where a name is centred between two rows, a
 * row runs over a page or a name is printed on two lines.
 */
class UnReportReaderTest {

    @Test
    void a_country_first_summary_of_2015_agrees_with_its_mission_and_country_subtotals() throws Exception {
        UnReport report = read("2015-01");

        assertThat(report.title()).isEqualTo("UN Mission's Summary detailed by Country");
        assertThat(report.month().month()).isEqualTo(YearMonth.of(2015, 1));
        assertThat(report.month().source()).isEqualTo(ReportMonth.Source.TITLE);
        assertEveryTotalAgrees(report, Level.MISSION, Level.COUNTRY);
        assertThat(line(report, "MINUSTAH", "Argentina", PersonnelType.TROOPS))
                .isEqualTo(counts(PersonnelType.TROOPS, 529, 37, 566));
        assertThat(line(report, "MINUSTAH", "Argentina", PersonnelType.INDIVIDUAL_POLICE))
                .isEqualTo(counts(PersonnelType.INDIVIDUAL_POLICE, 19, 2, 21));
        assertThat(people(report)).isEqualTo(104_496);
    }

    @Test
    void a_summary_by_country_mission_and_post_of_2017_agrees_with_its_grand_total() throws Exception {
        UnReport report = read("2017-06");

        assertThat(report.month().month()).isEqualTo(YearMonth.of(2017, 6));
        assertEveryTotalAgrees(report, Level.MISSION, Level.COUNTRY, Level.GRAND);
        assertThat(line(report, "MINUSTAH", "Argentina", PersonnelType.STAFF_OFFICERS))
                .isEqualTo(counts(PersonnelType.STAFF_OFFICERS, 6, 0, 6));
    }

    @Test
    void a_summary_by_country_and_post_names_no_missions_and_agrees_with_its_totals() throws Exception {
        UnReport report = read("2018-03");

        assertThat(report.namesMissions()).isFalse();
        assertThat(report.month().month()).isEqualTo(YearMonth.of(2018, 3));
        assertEveryTotalAgrees(report, Level.COUNTRY, Level.GRAND);
        assertThat(line(report, null, "Bangladesh", PersonnelType.FORMED_POLICE_UNIT))
                .isEqualTo(counts(PersonnelType.FORMED_POLICE_UNIT, 663, 73, 736));
        assertThat(people(report)).isEqualTo(91_058);
    }

    @Test
    void a_flat_table_takes_its_month_from_its_rows_and_keeps_names_as_cut_by_its_column() throws Exception {
        UnReport report = read("2019-09");

        assertThat(report.month().month()).isEqualTo(YearMonth.of(2019, 9));
        assertThat(report.month().source()).isEqualTo(ReportMonth.Source.ROWS);
        assertThat(report.totals()).isEmpty();
        assertThat(report.rows()).allMatch(ReportRow::addsUp);
        assertThat(line(report, "MINUJUSTH", "Canada", PersonnelType.INDIVIDUAL_POLICE))
                .isEqualTo(counts(PersonnelType.INDIVIDUAL_POLICE, 3, 5, 8));
        assertThat(report.rows()).extracting(ReportRow::country).contains("United States of", "Russian");
    }

    @Test
    void a_table_with_a_column_per_type_and_gender_and_no_date_takes_its_month_from_the_file() throws Exception {
        UnReport report = read("2019-10");

        assertThat(report.month().source()).isEqualTo(ReportMonth.Source.FILE_CREATED);
        assertThat(report.month().month()).isEqualTo(YearMonth.of(2019, 10));
        assertEveryTotalAgrees(report, Level.COUNTRY, Level.GRAND);
        TypeCounts albania = line(report, "UNMISS", "Albania", PersonnelType.STAFF_OFFICERS);
        assertThat(albania).isEqualTo(new TypeCounts(PersonnelType.STAFF_OFFICERS, 0, 2, 2));
        // A name on two lines: "Iran (Islamic" over "Republic of)".
        assertThat(report.rows())
                .extracting(ReportRow::country)
                .contains("Iran (Islamic Republic of)", "Brunei Darussalam");
    }

    @Test
    void a_mission_first_summary_with_unlabelled_subtotals_agrees_with_them_and_its_grand_total() throws Exception {
        UnReport report = read("2019-12");

        assertEveryTotalAgrees(report, Level.MISSION, Level.GRAND);
        assertThat(line(report, "BINUH", "Niger", PersonnelType.INDIVIDUAL_POLICE))
                .isEqualTo(counts(PersonnelType.INDIVIDUAL_POLICE, 1, 0, 1));
        // "United Republic of" on the row, "Tanzania" on the line below it.
        assertThat(line(report, "MINUSCA", "United Republic of Tanzania", PersonnelType.TROOPS))
                .isEqualTo(counts(PersonnelType.TROOPS, 431, 19, 450));
    }

    @Test
    void a_summary_that_prints_each_group_total_above_its_rows_agrees_with_them() throws Exception {
        UnReport report = read("2021-01");

        assertEveryTotalAgrees(report, Level.MISSION, Level.COUNTRY, Level.GRAND);
        assertThat(line(report, "BINUH", "Benin", PersonnelType.INDIVIDUAL_POLICE))
                .isEqualTo(counts(PersonnelType.INDIVIDUAL_POLICE, 2, 0, 2));
    }

    @Test
    void the_layout_since_2021_gives_each_row_to_the_name_centred_beside_its_rows() throws Exception {
        UnReport report = read("2024-06");

        assertEveryTotalAgrees(report, Level.MISSION, Level.GRAND);
        // Hungary's name stands on the middle one of its three rows; Ghana's single row is the one above them.
        assertThat(lines(report, "UNFICYP", "Hungary"))
                .containsExactlyInAnyOrder(
                        counts(PersonnelType.INDIVIDUAL_POLICE, 0, 1, 1),
                        counts(PersonnelType.STAFF_OFFICERS, 4, 2, 6),
                        counts(PersonnelType.TROOPS, 4, 1, 5));
        assertThat(lines(report, "UNFICYP", "Ghana")).containsExactly(counts(PersonnelType.STAFF_OFFICERS, 1, 0, 1));
        // Fiji's name stands between its two rows.
        assertThat(lines(report, "UNDOF", "Fiji"))
                .containsExactlyInAnyOrder(
                        counts(PersonnelType.STAFF_OFFICERS, 6, 0, 6), counts(PersonnelType.TROOPS, 125, 9, 134));
    }

    @Test
    void a_row_that_runs_over_a_page_break_stays_with_its_country() throws Exception {
        UnReport report = read("2022-09");

        assertEveryTotalAgrees(report, Level.MISSION, Level.GRAND);
        // Tunisia's fourth row in MINUSCA is the first row of the next page, and its name is not printed there.
        assertThat(lines(report, "MINUSCA", "Tunisia"))
                .containsExactlyInAnyOrder(
                        counts(PersonnelType.EXPERTS_ON_MISSION, 3, 0, 3),
                        counts(PersonnelType.INDIVIDUAL_POLICE, 54, 9, 63),
                        counts(PersonnelType.STAFF_OFFICERS, 7, 4, 11),
                        counts(PersonnelType.TROOPS, 305, 5, 310));
        assertThat(lines(report, "MINUSCA", "Turkey"))
                .containsExactly(counts(PersonnelType.INDIVIDUAL_POLICE, 3, 2, 5));
    }

    @Test
    void the_newest_layout_agrees_with_its_grand_total() throws Exception {
        UnReport report = read("2025-06");

        assertThat(report.title())
                .isEqualTo("Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type");
        assertThat(report.month().month()).isEqualTo(YearMonth.of(2025, 6));
        assertEveryTotalAgrees(report, Level.MISSION, Level.GRAND);
        assertThat(lines(report, "MINURSO", "Bangladesh"))
                .containsExactlyInAnyOrder(
                        counts(PersonnelType.EXPERTS_ON_MISSION, 9, 1, 10), counts(PersonnelType.TROOPS, 13, 7, 20));
        assertThat(people(report)).isEqualTo(61_299);
    }

    @Test
    void a_table_by_country_and_personnel_type_reads_a_column_per_type() throws Exception {
        UnReport report = read("2023-09");

        assertThat(report.namesMissions()).isFalse();
        assertThat(report.byGender()).isFalse();
        assertEveryTotalAgrees(report, Level.GRAND);
        assertThat(report.rows()).allMatch(ReportRow::addsUp);
        // A name on two lines: "United Republic of" on the row, "Tanzania" below it.
        ReportRow tanzania = report.rows().stream()
                .filter(row -> row.country().equals("United Republic of Tanzania"))
                .findFirst()
                .orElseThrow();
        assertThat(tanzania.typeCounts())
                .containsExactly(
                        new TypeCounts(PersonnelType.INDIVIDUAL_POLICE, null, null, 28),
                        new TypeCounts(PersonnelType.EXPERTS_ON_MISSION, null, null, 6),
                        new TypeCounts(PersonnelType.STAFF_OFFICERS, null, null, 35),
                        new TypeCounts(PersonnelType.TROOPS, null, null, 1464));
        assertThat(people(report)).isEqualTo(72_631);
    }

    @Test
    void a_copy_of_another_months_report_is_read_as_the_month_it_prints() throws Exception {
        assertThat(read("2020-06").month().month()).isEqualTo(YearMonth.of(2022, 6));
        assertThat(read("2015-03").month().month()).isEqualTo(YearMonth.of(2015, 4));
    }

    private static UnReport read(String month) throws ReportException {
        Path file = UnReportsFolder.report(month);
        return UnReport.read(file);
    }

    private static void assertEveryTotalAgrees(UnReport report, Level... levels) {
        assertThat(report.totalChecks()).isNotEmpty().allMatch(UnReport.TotalCheck::agrees);
        assertThat(report.structure()).isEmpty();
        Set<Level> printed = report.totals().stream().map(PrintedTotal::level).collect(Collectors.toSet());
        assertThat(printed).contains(levels);
    }

    private static List<TypeCounts> lines(UnReport report, String mission, String country) {
        return report.rows().stream()
                .filter(row -> java.util.Objects.equals(row.mission(), mission)
                        && row.country().equals(country))
                .flatMap(row -> row.typeCounts().stream())
                .toList();
    }

    private static TypeCounts line(UnReport report, String mission, String country, PersonnelType type) {
        return lines(report, mission, country).stream()
                .filter(counts -> counts.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError(mission + " " + country + " " + type + " not read"));
    }

    private static TypeCounts counts(PersonnelType type, int male, int female, int total) {
        return new TypeCounts(type, male, female, total);
    }

    private static long people(UnReport report) {
        return report.rows().stream().mapToLong(ReportRow::people).sum();
    }
}
