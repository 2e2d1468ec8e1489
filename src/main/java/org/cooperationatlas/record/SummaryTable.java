package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The summary tables of the V11 migration: the columns a row is found by, and the amounts it adds up. */
enum SummaryTable {

    SPAN("summary_span", List.of("first_year", "last_year", "kind", "crime_area"), List.of("records")),
    COUNTRY("summary_country", List.of("iso2", "kind", "crime_area"),
            List.of("as_lead", "as_partner", "as_place", "records")),
    REGION("summary_region", List.of("region", "kind", "crime_area"), List.of("records")),
    FIGURE("summary_figure", List.of("metric", "unit", "cumulative", "qualifier", "kind", "crime_area"),
            List.of("total", "figures")),
    FIGURE_YEAR("summary_figure_year", List.of("metric", "year_number", "unit", "qualifier", "kind", "crime_area"),
            List.of("total", "figures"));

    private final String name;
    private final List<String> keys;
    private final List<String> amounts;

    SummaryTable(String name, List<String> keys, List<String> amounts) {
        this.name = name;
        this.keys = keys;
        this.amounts = amounts;
    }

    String tableName() {
        return name;
    }

    String keyCondition() {
        return keys.stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
    }

    /** Adds to the amounts of one row: the amounts' values first, then the key's. */
    String addSql() {
        return "update " + name + " set "
                + amounts.stream().map(column -> column + " = " + column + " + ?").collect(Collectors.joining(", "))
                + " where " + keyCondition();
    }

    /** A new row: the key's values first, then the amounts'. */
    String insertSql() {
        List<String> columns = new java.util.ArrayList<>(keys);
        columns.addAll(amounts);
        return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The value to bind for the amount at this position: totals as decimals, counts as whole numbers. */
    Object bind(int position, BigDecimal amount) {
        return amounts.get(position).equals("total") ? amount : amount.longValueExact();
    }
}
