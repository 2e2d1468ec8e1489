package org.cooperationatlas.base.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void cells_a_spreadsheet_would_run_are_neutralised() {
        assertThat(CsvTable.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTable.cell("+1")).isEqualTo("'+1");
        assertThat(CsvTable.cell("-2")).isEqualTo("'-2");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("plain")).isEqualTo("plain");
    }

    @Test
    void the_file_names_its_notes_and_export_date_before_the_quoted_rows() {
        CsvTable table = new CsvTable("Fugitives", List.of("Sources: Xinhua"), List.of("Year", "People"),
                List.of(List.of("2014", "1,001"), List.of("2015", "line\nbreak")));
        String csv = new String(table.withExportDate("Exported on", LocalDate.of(2026, 11, 26)).toBytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFFugitives\r\nSources: Xinhua\r\nExported on 2026-11-26\r\n\r\nYear,People\r\n")
                .contains("2014,\"1,001\"\r\n").contains("2015,\"line\nbreak\"\r\n");
    }
}
