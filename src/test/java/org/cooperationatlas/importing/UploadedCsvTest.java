package org.cooperationatlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadedCsvTest {

    private static final long LIMIT = 50L * 1024 * 1024;

    @Test
    void reads_utf8_with_a_byte_order_mark_and_commas() throws Exception {
        UploadedCsv file = parse("\uFEFFCountry,Mission,Total\r\nCôte d'Ivoire,UNMIL,12\r\n");

        assertThat(file.separator()).isEqualTo(',');
        assertThat(file.headers()).containsExactly("Country", "Mission", "Total");
        assertThat(TestCsv.rows(file)).containsExactly(new CsvRow(2, List.of("Côte d'Ivoire", "UNMIL", "12")));
    }

    @Test
    void reads_semicolons_and_quoted_fields_with_separators_and_line_breaks_keeping_each_rows_first_line()
            throws Exception {
        UploadedCsv file = parse("""
                Title;Summary;Value
                "Patrol; first";"Two
                lines";5
                Second;"He said \"\"go\"\"";6
                """);

        assertThat(file.separator()).isEqualTo(';');
        assertThat(TestCsv.rows(file)).extracting(CsvRow::line).containsExactly(2, 4);
        assertThat(TestCsv.rows(file).get(0).cells()).containsExactly("Patrol; first", "Two\nlines", "5");
        assertThat(TestCsv.rows(file).get(1).cell(1)).isEqualTo("He said \"go\"");
    }

    @Test
    void keeps_ragged_rows_for_the_dry_run_to_report() throws Exception {
        UploadedCsv file = parse("a,b,c\n1,2\n1,2,3,4\n");

        assertThat(TestCsv.rows(file)).extracting(row -> row.cells().size()).containsExactly(2, 4);
    }

    @Test
    void reads_a_spreadsheets_unicode_text_export_in_utf16_with_tabs() throws Exception {
        byte[] text =
                "\uFEFFCountry\tMission\tTotal\r\nCôte d'Ivoire\tUNMIL\t12\r\n".getBytes(StandardCharsets.UTF_16LE);

        UploadedCsv file = TestCsv.open("unicode.txt", text);

        assertThat(file.separator()).isEqualTo('\t');
        assertThat(file.headers()).containsExactly("Country", "Mission", "Total");
        assertThat(TestCsv.rows(file)).containsExactly(new CsvRow(2, List.of("Côte d'Ivoire", "UNMIL", "12")));
    }

    @Test
    void refuses_a_file_that_is_not_utf8_and_names_the_line() {
        byte[] latin1 = "Country,Total\nChina,3\nC\u00f4te d'Ivoire,4\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TestCsv.open("latin1.csv", latin1))
                .isInstanceOf(CsvFileException.class)
                .satisfies(e -> {
                    assertThat(((CsvFileException) e).messageKey()).isEqualTo("import.file.notUtf8");
                    assertThat(((CsvFileException) e).arguments()).containsExactly(3);
                });
    }

    @Test
    void refuses_an_unclosed_quote_and_names_the_line_it_opens_on() {
        assertThatThrownBy(() -> parse("a,b\n1,2\n3,\"never closed\n4,5\n"))
                .isInstanceOf(CsvFileException.class)
                .satisfies(e -> {
                    assertThat(((CsvFileException) e).messageKey()).isEqualTo("import.file.unclosedQuote");
                    assertThat(((CsvFileException) e).arguments()).containsExactly(3);
                });
    }

    @Test
    void refuses_an_empty_file_and_a_file_with_only_a_header() {
        assertThatThrownBy(() -> parse("")).hasMessage("import.file.empty");
        assertThatThrownBy(() -> parse("\uFEFF\r\n  \r\n")).hasMessage("import.file.empty");
        assertThatThrownBy(() -> parse("Country,Mission,Total\r\n")).hasMessage("import.file.headerOnly");
    }

    @Test
    void refuses_a_file_over_the_configured_limit_with_its_size_and_the_limit() {
        byte[] big = new byte[(int) LIMIT + 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> UploadedCsv.open("big.csv", TestCsv.write(big), LIMIT))
                .isInstanceOf(CsvFileException.class)
                .satisfies(e -> {
                    assertThat(((CsvFileException) e).messageKey()).isEqualTo("import.file.tooLarge");
                    assertThat(((CsvFileException) e).arguments()).containsExactly("51.0", "50.0");
                });
    }

    private static UploadedCsv parse(String text) throws CsvFileException {
        return TestCsv.open(text);
    }
}
