package org.cooperationatlas.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
        assertThat(CsvTable.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvTable.neutralised("+1")).isEqualTo("'+1");
        assertThat(CsvTable.neutralised("-2")).isEqualTo("'-2");
        assertThat(CsvTable.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTable.neutralised("＝1+1")).isEqualTo("'＝1+1");
        assertThat(CsvTable.neutralised("＋1")).isEqualTo("'＋1");
        assertThat(CsvTable.neutralised("－1")).isEqualTo("'－1");
        assertThat(CsvTable.neutralised("＠SUM(A1)")).isEqualTo("'＠SUM(A1)");
        assertThat(CsvTable.neutralised("  =1+1")).isEqualTo("'  =1+1");
        assertThat(CsvTable.neutralised("\u3000=1+1")).isEqualTo("'\u3000=1+1");
        assertThat(CsvTable.neutralised("plain")).isEqualTo("plain");
        assertThat(CsvTable.neutralised("1-2")).isEqualTo("1-2");
    }

    @Test
    void rows_read_page_by_page_stop_at_the_cap_and_at_a_short_page() {
        List<Integer> asked = new java.util.ArrayList<>();
        Iterable<List<String>> rows = CsvTable.paged(
                page -> {
                    asked.add(page);
                    return page < 3 ? List.of(page * 2, page * 2 + 1) : List.of(6);
                },
                2,
                100,
                number -> List.of(String.valueOf(number)));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(asked).containsExactly(0, 1, 2, 3);
        assertThat(CsvTable.paged(page -> List.of(1, 2), 2, 5, number -> List.of(String.valueOf(number))))
                .hasSize(5);
    }

    @Test
    void the_file_names_its_notes_and_export_date_before_the_quoted_rows() {
        CsvTable table = new CsvTable(
                "Fugitives",
                List.of("Sources: Xinhua"),
                List.of("Year", "People"),
                List.of(List.of("2014", "1,001"), List.of("2015", "line\nbreak")));
        String csv = new String(
                table.withExportDate("Exported on", LocalDate.of(2026, 11, 26)).toBytes(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFFugitives\r\nSources: Xinhua\r\nExported on 2026-11-26\r\n\r\nYear,People\r\n")
                .contains("2014,\"1,001\"\r\n")
                .contains("2015,\"line\nbreak\"\r\n");
    }
}
