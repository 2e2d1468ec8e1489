package org.cooperationatlas.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The summary tables of the V11 migration: the columns a row is found by, and the amounts it adds up. */
enum SummaryTable {
    SPAN("summary_span", List.of("first_year", "last_year", "kind", "crime_area"), List.of("records")),
    COUNTRY(
            "summary_country",
            List.of("iso2", "kind", "crime_area"),
            List.of("as_lead", "as_partner", "as_place", "records")),
    REGION("summary_region", List.of("region", "kind", "crime_area"), List.of("records")),
    FIGURE(
            "summary_figure",
            List.of("metric", "unit", "cumulative", "qualifier", "kind", "crime_area"),
            List.of("total", "figures")),
    FIGURE_YEAR(
            "summary_figure_year",
            List.of("metric", "year_number", "unit", "qualifier", "kind", "crime_area"),
            List.of("total", "figures")),
    FLOW("summary_flow", List.of("lead_country", "counterpart", "flow_role", "kind", "crime_area"), List.of("records"));

    private final String name;
    private final List<String> keys;
    private final List<String> amounts;
    private final String keyCondition;
    private final String addSql;
    private final String insertSql;

    // The statements are made once, from the constant column names above; every value is a named parameter:
    // a key column's value by its name, the amount added to a column by "add_" and its name.
    SummaryTable(String name, List<String> keys, List<String> amounts) {
        this.name = name;
        this.keys = keys;
        this.amounts = amounts;
        this.keyCondition =
                keys.stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "));
        this.addSql = "update " + name + " set "
                + amounts.stream()
                        .map(column -> column + " = " + column + " + :add_" + column)
                        .collect(Collectors.joining(", "))
                + " where " + keyCondition;
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(amounts);
        this.insertSql = "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                + keys.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ", "
                + amounts.stream().map(column -> ":add_" + column).collect(Collectors.joining(", ")) + ")";
    }

    String tableName() {
        return name;
    }

    /** The condition that finds one row by its key columns' named parameters. */
    String keyCondition() {
        return keyCondition;
    }

    /** Adds to the amounts of one row. */
    String addSql() {
        return addSql;
    }

    /** A new row with the amounts as they are. */
    String insertSql() {
        return insertSql;
    }

    /** The named parameters of one row: its key's values and the amounts to add. */
    Map<String, Object> parameters(List<Object> key, BigDecimal[] added) {
        Map<String, Object> parameters = keyParameters(key);
        for (int i = 0; i < amounts.size(); i++) {
            String column = amounts.get(i);
            // Totals are decimals, counts whole numbers.
            parameters.put("add_" + column, column.equals("total") ? added[i] : added[i].longValueExact());
        }
        return parameters;
    }

    /** The named parameters of a row's key. */
    Map<String, Object> keyParameters(List<Object> key) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            parameters.put(keys.get(i), key.get(i));
        }
        return parameters;
    }
}
