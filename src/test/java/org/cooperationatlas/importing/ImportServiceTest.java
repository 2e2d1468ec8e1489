package org.cooperationatlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.RecordService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Dry runs and commits against the real database; each test uses its own year so that they do not meet. */
@SpringBootTest(properties = "atlas.test.database=import")
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    PeacekeepingService peacekeeping;

    @Autowired
    RecordService records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_dry_run_names_every_problem_with_its_line_and_writes_nothing() throws Exception {
        UploadedCsv file = csv("""
                Country,Mission,Month,Personnel Type,Male,Female,Total
                China,UNMISS,2031-01,Formed Police Units,100,10,110
                Atlantis,UNMISS,2031-01,Troops,1,1,2
                China,UNMISS,2031-13,Troops,1,1,2
                China,UNMISS,2031-01,Individual Police,-3,1,
                China,UNMISS,2031-01,Staff Officers,two,1,3
                China,UNMISS,2031-01,Formed Police Units,100,10,110
                ,UNMISS,2031-01,Troops,1,1,2
                China,UNMISS,2031-01,Experts on Mission,5,1,7
                China,UNMISS,2031-01,Troops
                China,UNMISS,Jan 2031,Troops,400,20,420
                """);

        ImportPlan plan = imports.dryRun(file, suggested(file, Layout.LONG));

        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, "import.problem.unknownCountry"),
                        tuple(4, "import.problem.badDate"),
                        tuple(5, "import.problem.negative"),
                        tuple(6, "import.problem.notACount"),
                        tuple(7, "import.problem.duplicate"),
                        tuple(8, "import.problem.missing"),
                        tuple(9, "import.problem.totalMismatch"),
                        tuple(10, "import.problem.ragged"));
        assertThat(plan.problems().get(0).arguments()).containsExactly("Atlantis");
        assertThat(plan.problems().get(0).column()).isEqualTo("Country");
        assertThat(plan.problems().get(4).arguments()).containsExactly(2);
        assertThat(plan.summary()).isEqualTo(new ImportSummary(10, 8, 2, 0, 0, List.of(), 0, 657, 530));
        assertThat(plan.summary().peopleLeftOut()).isEqualTo(127);
        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::people)
                .containsExactly(
                        tuple(3, 2L),
                        tuple(4, 2L),
                        tuple(5, 1L),
                        tuple(6, 3L),
                        tuple(7, 110L),
                        tuple(8, 2L),
                        tuple(9, 7L),
                        tuple(10, 0L));
        assertThat(contributionsIn(2031)).isZero();
    }

    @Test
    void a_commit_writes_the_accepted_rows_and_the_same_file_again_changes_nothing() throws Exception {
        UploadedCsv file = csv("""
                Contributing Country;Mission;Mission Name;Month;Personnel Type;Male;Female;Total
                CHN;UNMIL;United Nations Mission in Liberia;31/01/2032;IPO;20;5;25
                "Cote d'Ivoire";UNTEST32;Test mission;31/01/2032;FPU;130;10;140
                "United Republic of Tanzania";UNMIL;;31/01/2032;Troops;1 200;100;
                "Republic of Korea";UNTEST32;;31/01/2032;Staff officer;;;4
                """);
        ColumnMapping mapping = suggested(file, Layout.LONG);

        ImportPlan plan = imports.dryRun(file, mapping);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.summary()).isEqualTo(new ImportSummary(4, 0, 4, 0, 0, List.of("UNTEST32"), 0, 1469, 1469));

        ImportSummary written = imports.commit(file, plan, ImportProgress.NONE);
        assertThat(written.created()).isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "select contributing_country from peacekeeping_contribution "
                                + "where year(period_month) = 2032 order by contributing_country",
                        String.class))
                .containsExactly("CI", "CN", "KR", "TZ");
        assertThat(jdbc.queryForObject(
                        "select total from peacekeeping_contribution where contributing_country = 'TZ' "
                                + "and year(period_month) = 2032",
                        Integer.class))
                .isEqualTo(1300);
        assertThat(jdbc.queryForObject("select name from mission where acronym = 'UNTEST32'", String.class))
                .isEqualTo("Test mission");

        ImportPlan again = imports.dryRun(file, mapping);
        assertThat(again.summary()).isEqualTo(new ImportSummary(4, 0, 0, 0, 4, List.of(), 0, 1469, 1469));
        assertThat(again.canCommit()).isFalse();
        ImportSummary rewritten = imports.commit(file, again, ImportProgress.NONE);
        assertThat(rewritten).isEqualTo(new ImportSummary(4, 0, 0, 0, 4, List.of(), 0, 1469, 1469));
        assertThat(contributionsIn(2032)).isEqualTo(4);
    }

    @Test
    void a_changed_count_updates_its_line_instead_of_adding_one() throws Exception {
        UploadedCsv first = csv("Country,Mission,Month,Type,Total\nRwanda,UNTEST33,2033-03,Troops,900\n");
        imports.commit(first, imports.dryRun(first, suggested(first, Layout.LONG)), ImportProgress.NONE);
        UploadedCsv changed = csv("Country,Mission,Month,Type,Total\nRwanda,UNTEST33,2033-03,Troops,950\n");

        ImportPlan plan = imports.dryRun(changed, suggested(changed, Layout.LONG));
        assertThat(plan.summary().updated()).isEqualTo(1);
        imports.commit(changed, plan, ImportProgress.NONE);

        assertThat(jdbc.queryForList(
                        "select total from peacekeeping_contribution where year(period_month) = 2033", Integer.class))
                .containsExactly(950);
    }

    @Test
    void wide_and_long_layouts_of_the_same_statistics_give_the_same_totals() throws Exception {
        UploadedCsv wide = csv("""
                Country,Mission,Month,Individual Police Male,Individual Police Female,Formed Police Units Total,Troops Male,Troops Female,Troops Total
                Senegal,UNTEST34,2034-05,10,4,140,300,20,320
                Ghana,UNTEST34,2034-05,6,0,0,0,0,0
                """);
        UploadedCsv longer = csv("""
                Country,Mission,Month,Personnel Type,Male,Female,Total
                Senegal,UNTEST34,2034-06,Individual Police,10,4,14
                Senegal,UNTEST34,2034-06,Formed Police Units,,,140
                Senegal,UNTEST34,2034-06,Troops,300,20,320
                Ghana,UNTEST34,2034-06,Individual Police,6,0,6
                """);
        assertThat(MappingSuggestions.guessLayout(wide.headers())).isEqualTo(Layout.WIDE);
        assertThat(MappingSuggestions.guessLayout(longer.headers())).isEqualTo(Layout.LONG);

        ImportPlan widePlan = imports.dryRun(wide, suggested(wide, Layout.WIDE));
        ImportPlan longPlan = imports.dryRun(longer, suggested(longer, Layout.LONG));
        assertThat(widePlan.problems()).isEmpty();
        assertThat(longPlan.problems()).isEmpty();
        imports.commit(wide, widePlan, ImportProgress.NONE);
        imports.commit(longer, longPlan, ImportProgress.NONE);

        Map<LocalDate, Map<PersonnelType, Long>> byMonth =
                peacekeeping.monthlyPersonnel(null, null, 2034, 2034).stream()
                        .collect(Collectors.groupingBy(
                                line -> line.month(), Collectors.toMap(line -> line.type(), line -> line.total())));
        assertThat(byMonth.get(LocalDate.of(2034, 5, 1)))
                .isEqualTo(byMonth.get(LocalDate.of(2034, 6, 1)))
                .containsEntry(PersonnelType.INDIVIDUAL_POLICE, 20L)
                .containsEntry(PersonnelType.FORMED_POLICE_UNIT, 140L)
                .containsEntry(PersonnelType.TROOPS, 320L);
    }

    @Test
    void a_failure_during_the_commit_leaves_the_database_unchanged() throws Exception {
        // 2,500 distinct lines: five types a month, twelve months a mission, as many missions as it takes.
        StringBuilder text = new StringBuilder("Country,Mission,Month,Personnel Type,Total\n");
        for (int i = 0; i < 2500; i++) {
            text.append("China,UNT35-")
                    .append(i / 60)
                    .append(',')
                    .append(LocalDate.of(2035, 1 + i / 5 % 12, 1))
                    .append(',')
                    .append(PersonnelType.values()[i % 5])
                    .append(',')
                    .append(i)
                    .append('\n');
        }
        String unique = text.toString();
        UploadedCsv file = csv(unique);
        ImportPlan plan = imports.dryRun(file, suggested(file, Layout.LONG));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.summary().created()).isEqualTo(2500);

        ImportProgress failing = (done, total) -> {
            if (done >= 1000) {
                throw new IllegalStateException("disk full");
            }
        };
        assertThatThrownBy(() -> imports.commit(file, plan, failing)).hasMessage("disk full");
        ImportProgress stopping = new ImportProgress() {
            @Override
            public void done(int count, int total) {}

            @Override
            public boolean stopRequested() {
                return true;
            }
        };
        assertThatThrownBy(() -> imports.commit(file, plan, stopping)).isInstanceOf(ImportStoppedException.class);

        assertThat(contributionsIn(2035)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mission where acronym like 'UNT35-%'", Integer.class))
                .isZero();
    }

    @Test
    void records_with_figures_are_created_once_and_updated_when_a_value_changes() throws Exception {
        String header = "Title,Kind,Crime area,Lead country,Partners,Start,End,Publisher,Source title,Published,"
                + "URL,Metric,Value,Unit,Qualifier\n";
        UploadedCsv file = csv(header + """
                Imported patrol 2036,Joint patrol,Public order and tourist safety,China,Italy;Croatia,2036-05,2036-06,Example News,Patrols resume,2036-07-01,https://example.org/p,Officers deployed,8,People,About
                Imported patrol 2036,Joint patrol,Public order and tourist safety,CN,ITA;Croatia,2036-05,2036-06,Example News,Patrols resume,2036-07-01,https://example.org/p,Suspects arrested,12,People,
                Imported crackdown 2036,JOINT_OPERATION,Drugs,Laos,,2036,,Example News,Patrols resume,2036-07-01,https://example.org/p,,,,
                Broken 2036,Joint patrol,Nonsense,China,,2036,,Example News,Patrols resume,2036-07-01,,Officers deployed,-1,People,
                """);
        assertThat(MappingSuggestions.guessKind(file.headers())).isEqualTo(ImportKind.RECORDS);
        ColumnMapping mapping = MappingSuggestions.suggest(ImportKind.RECORDS, Layout.LONG, file.headers());

        ImportPlan plan = imports.dryRun(file, mapping);
        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(5, "import.problem.unknownChoice"), tuple(5, "import.problem.negative"));
        assertThat(plan.summary()).isEqualTo(new ImportSummary(4, 1, 2, 0, 0, List.of(), 1));
        imports.commit(file, plan, ImportProgress.NONE);

        CooperationRecord patrol = records.findByNaturalKey("imported patrol 2036", LocalDate.of(2036, 5, 1), "CN")
                .orElseThrow();
        assertThat(patrol.getPartners())
                .extracting(country -> country.getIso2())
                .containsExactlyInAnyOrder("IT", "HR");
        assertThat(patrol.getFigures())
                .extracting(Figure::getMetric, figure -> figure.getValue().intValue())
                .containsExactly(tuple(Metric.OFFICERS_DEPLOYED, 8), tuple(Metric.SUSPECTS_ARRESTED, 12));
        assertThat(imports.dryRun(file, mapping).summary().unchanged()).isEqualTo(2);

        UploadedCsv corrected = csv(header + """
                Imported patrol 2036,Joint patrol,Public order and tourist safety,China,Italy;Croatia,2036-05,2036-06,Example News,Patrols resume,2036-07-01,https://example.org/p,Suspects arrested,14,People,
                """);
        ImportPlan correction = imports.dryRun(corrected, mapping);
        assertThat(correction.summary().updated()).isEqualTo(1);
        imports.commit(corrected, correction, ImportProgress.NONE);
        assertThat(records.findByNaturalKey("Imported patrol 2036", LocalDate.of(2036, 5, 1), "CN")
                        .orElseThrow()
                        .getFigures())
                .extracting(figure -> figure.getValue().intValueExact())
                .containsExactly(8, 14);
        assertThat(jdbc.queryForObject("select count(*) from source where title = 'Patrols resume'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_mapping_that_leaves_out_a_required_field_is_refused_before_any_row_is_read() throws Exception {
        UploadedCsv file = csv("Nation,Mission,Month,Total\nChina,UNMIL,2037-01,3\n");

        ImportPlan plan = imports.dryRun(file, suggested(file, Layout.LONG));

        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(0, "import.problem.unmappedField"), tuple(0, "import.problem.unmappedField"));
        assertThat(plan.canCommit()).isFalse();
    }

    @Test
    void a_saved_mapping_maps_a_file_with_the_same_headers_in_another_order() throws Exception {
        UploadedCsv january = csv("Land,Mission,Month,Type,Total\nChina,UNMIL,2038-01,Troops,3\n");
        List<ColumnTarget> targets =
                new java.util.ArrayList<>(suggested(january, Layout.LONG).targets());
        targets.set(0, ColumnTarget.field(ImportField.COUNTRY));
        imports.saveMapping(
                "Monthly by type",
                january.headers(),
                new ColumnMapping(ImportKind.CONTRIBUTIONS, Layout.LONG, targets));

        UploadedCsv february = csv("Total,Type,Month,Mission,Land\n3,Troops,2038-02,UNMIL,China\n");
        SavedMapping saved = imports.savedMappings(ImportKind.CONTRIBUTIONS).stream()
                .filter(mapping -> mapping.getName().equals("Monthly by type"))
                .findFirst()
                .orElseThrow();
        ColumnMapping applied = saved.applyTo(february.headers());

        assertThat(applied.columnOf(ImportField.COUNTRY)).contains(4);
        assertThat(applied.columnOf(ImportField.TOTAL)).contains(0);
        assertThat(imports.dryRun(february, applied).problems()).isEmpty();
    }

    @Test
    @WithMockUser(username = "vera", roles = "EDITOR")
    void only_administrators_import() throws Exception {
        UploadedCsv file = csv("Country,Mission,Month,Type,Total\nChina,UNMIL,2039-01,Troops,3\n");

        assertThatThrownBy(() -> imports.dryRun(file, suggested(file, Layout.LONG)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_column_of_country_codes_is_the_country_and_the_name_column_checks_it() throws Exception {
        UploadedCsv file = csv("""
                Contributor_ISO-3,Contributor,Mission_Acronym,Last_Reporting_Date,Individual Police Male,Individual Police Female,Individual Police Total
                CIV,Cote d Ivoire,UNTEST42,2042-01-31,3,1,4
                MKD,Macedonia,UNTEST42,2042-01-31,2,0,2
                TZA,"Tanzania, United Republic of",UNTEST42,2042-01-31,5,5,10
                MDA,"Moldova, Republic of",UNTEST42,2042-01-31,1,0,1
                GBR,United Kingdom of Great Britai,UNTEST42,2042-01-31,6,1,7
                FRA,Italy,UNTEST42,2042-01-31,8,0,8
                """);
        ColumnMapping mapping =
                imports.suggest(file, ImportKind.CONTRIBUTIONS, MappingSuggestions.guessLayout(file.headers()));

        assertThat(mapping.layout()).isEqualTo(Layout.WIDE);
        assertThat(mapping.columnOf(ImportField.COUNTRY)).contains(0);
        assertThat(mapping.columnOf(ImportField.COUNTRY_NAME)).contains(1);
        ImportPlan plan = imports.dryRun(file, mapping);

        assertThat(plan.problems())
                .filteredOn(problem -> !problem.note())
                .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::people)
                .containsExactly(tuple(7, "import.problem.countryMismatch", 8L));
        assertThat(plan.problems())
                .filteredOn(ImportProblem::note)
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.line()).isEqualTo(6);
                    assertThat(note.arguments()).containsExactly("United Kingdom of Great Britai", "United Kingdom");
                });
        assertThat(plan.summary().created()).isEqualTo(5);
        assertThat(plan.summary().peopleInFile()).isEqualTo(32);
        assertThat(plan.summary().peopleAccepted()).isEqualTo(24);
    }

    @Test
    void codes_are_recognised_from_the_values_whatever_the_header_says() throws Exception {
        UploadedCsv file = csv("""
                Land,Nation,Mission,Month,Type,Total
                Italia,ITA,UNTEST43,2043-01,Troops,3
                Cina,CHN,UNTEST43,2043-01,Troops,4
                """);

        ColumnMapping mapping = imports.suggest(file, ImportKind.CONTRIBUTIONS, Layout.LONG);

        assertThat(mapping.columnOf(ImportField.COUNTRY)).contains(1);
        assertThat(imports.dryRun(file, mapping).summary().created()).isEqualTo(2);
    }

    @Test
    void a_name_taken_for_a_country_from_a_problem_line_fixes_every_line_and_is_in_the_history() throws Exception {
        UploadedCsv file = csv("""
                Country,Mission,Month,Type,Total
                Absurdistan Federal Territory,UNTEST44,2044-01,Troops,3
                Absurdistan Federal Territory,UNTEST44,2044-02,Troops,4
                """);
        ColumnMapping mapping = suggested(file, Layout.LONG);
        ImportPlan before = imports.dryRun(file, mapping);
        assertThat(before.problems())
                .extracting(ImportProblem::unknownCountry)
                .containsOnly("Absurdistan Federal Territory");
        assertThat(before.summary().peopleLeftOut()).isEqualTo(7);

        imports.treatAsCountry("Absurdistan Federal Territory", "KZ", "test.csv");

        ImportPlan after = imports.dryRun(file, mapping);
        assertThat(after.problems()).isEmpty();
        assertThat(after.summary().created()).isEqualTo(2);
        assertThat(jdbc.queryForMap("""
                select r.username, a.iso2, a.source from country_alias_aud a join revinfo r on r.rev = a.rev
                where a.alias = 'Absurdistan Federal Territory'
                """))
                .containsEntry("USERNAME", "ada")
                .containsEntry("ISO2", "KZ")
                .containsEntry("SOURCE", "import of test.csv");
    }

    @Test
    void a_researchers_wide_file_with_the_host_countrys_codes_old_category_names_and_na_cells_imports_whole()
            throws Exception {
        UploadedCsv file = csv("""
                Date,Contributor,Contributor_ISO-3,Mission,Mission_Country,Mission_Country_ISO-3,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,Troops,Observers,Total
                2046-05-31,China',CHN,UNTEST46,Liberia,LBR,NA,140,NA,12,600,3,755
                2046-05-31,Ghana,GHA,UNTEST46,Liberia,LBR,2,NA,5,NA,NA,1,8
                2046-06-30,Ghana,GHA,UNTEST46,Liberia,LBR,2.0,0,5.0,0,0,0,7.0
                """);
        ColumnMapping mapping =
                imports.suggest(file, ImportKind.CONTRIBUTIONS, MappingSuggestions.guessLayout(file.headers()));

        assertThat(mapping.layout()).isEqualTo(Layout.WIDE);
        assertThat(mapping.columnOf(ImportField.COUNTRY)).contains(2);
        assertThat(mapping.columnOf(ImportField.COUNTRY_NAME)).contains(1);
        assertThat(mapping.targets().get(5)).isNull();
        assertThat(mapping.targets().get(12)).isNull();
        ImportPlan plan = imports.dryRun(file, mapping);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.summary().peopleInFile()).isEqualTo(770);
        assertThat(plan.summary().peopleAccepted()).isEqualTo(770);
        imports.commit(file, plan, ImportProgress.NONE);
        assertThat(jdbc.queryForList("""
                select contributing_country || ' ' || personnel_type || ' ' || total from peacekeeping_contribution
                where year(period_month) = 2046 and month(period_month) = 5 order by 1
                """, String.class))
                .containsExactly(
                        "CN EXPERTS_ON_MISSION 3",
                        "CN FORMED_POLICE_UNIT 140",
                        "CN INDIVIDUAL_POLICE 12",
                        "CN TROOPS 600",
                        "GH EXPERTS_ON_MISSION 3",
                        "GH INDIVIDUAL_POLICE 5");
    }

    @Test
    void a_long_file_with_a_row_per_gender_becomes_one_line_per_type_with_men_and_women() throws Exception {
        UploadedCsv file = csv("""
                Contributor_ISO-3,Contributor,Mission_Acronym,Personnel_Type,Gender,Count,Last_Reporting_Date
                RWA,Rwanda,UNTEST47,Formed Police Units,Male,150,5/31/2047 12:00:00 AM
                RWA,Rwanda,UNTEST47,Formed Police Units,Female,30,5/31/2047 12:00:00 AM
                RWA,Rwanda,UNTEST47,Individual Police,Female,4,5/31/2047 12:00:00 AM
                RWA,Rwanda,UNTEST47,Individual Police,Female,4,5/31/2047 12:00:00 AM
                RWA,Rwanda,UNTEST47,Troops,Unknown,9,5/31/2047 12:00:00 AM
                RWA,Rwanda,UNTEST47,Staff Officer,Female,NA,5/31/2047 12:00:00 AM
                """);
        ColumnMapping mapping =
                imports.suggest(file, ImportKind.CONTRIBUTIONS, MappingSuggestions.guessLayout(file.headers()));

        assertThat(mapping.layout()).isEqualTo(Layout.LONG);
        assertThat(mapping.columnOf(ImportField.GENDER)).contains(4);
        assertThat(mapping.columnOf(ImportField.TOTAL)).contains(5);
        ImportPlan plan = imports.dryRun(file, mapping);

        assertThat(plan.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::people)
                .containsExactly(
                        tuple(5, "import.problem.duplicate", 4L), tuple(6, "import.problem.unknownGender", 9L));
        assertThat(plan.summary().created()).isEqualTo(2);
        assertThat(plan.summary().peopleInFile()).isEqualTo(197);
        assertThat(plan.summary().peopleAccepted()).isEqualTo(184);
        imports.commit(file, plan, ImportProgress.NONE);
        assertThat(jdbc.queryForList("""
                select personnel_type || ' ' || coalesce(male, -1) || ' ' || coalesce(female, -1) || ' ' || total
                from peacekeeping_contribution where year(period_month) = 2047 order by 1
                """, String.class))
                .containsExactly("FORMED_POLICE_UNIT 150 30 180", "INDIVIDUAL_POLICE -1 4 4");
    }

    private ColumnMapping suggested(UploadedCsv file, Layout layout) {
        return MappingSuggestions.suggest(ImportKind.CONTRIBUTIONS, layout, file.headers());
    }

    private static UploadedCsv csv(String text) throws CsvFileException {
        if (text.lines().count() < 2) {
            text = text + ",\n";
        }
        return TestCsv.open(text);
    }

    private int contributionsIn(int year) {
        return jdbc.queryForObject(
                "select count(*) from peacekeeping_contribution where year(period_month) = ?", Integer.class, year);
    }
}
