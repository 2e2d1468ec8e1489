package org.cooperationatlas.importing;

import java.util.List;

/** One data row of an uploaded file and the line of the file it starts on, for problem reports. */
public record CsvRow(int line, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column).trim() : "";
    }
}
