package org.cooperationatlas.peacekeeping;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the UN's statistics that come with the atlas ({@link BundledStatisticsFile}) into a database that lacks
 * them: on a thread of its own from the moment the database is migrated, beside the rest of the start-up rather
 * than after it, so that the first start is no slower for them and they are in by the time the first readers come;
 * a year of months at a time, each year in a transaction of its own. A start stopped half-way loads the rest on the next; a month the
 * atlas already holds (from the bundle, an import or a file) is left as it is, so nothing is loaded twice and no
 * administrator's import is overwritten. Two nodes starting together may both try a year: the second's write
 * fails on the first's keys and it moves on.
 */
@Component
class BundledStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(BundledStatistics.class);

    private final MonthWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor executor;
    private final boolean enabled;
    private volatile StatisticsLoading loading;

    BundledStatistics(
            MonthWriter writer,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AsyncTaskExecutor executor,
            @Value("${atlas.statistics.bundled:true}") boolean enabled) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.executor = executor;
        this.enabled = enabled;
    }

    // The database is migrated before this bean is made (its JDBC client waits on Flyway); Hibernate may still be
    // starting, which the writes do not need.
    @PostConstruct
    void loadWhileStarting() {
        if (enabled) {
            executor.execute(this::loadMissing);
        }
    }

    /** The loading while it runs; empty when it is done or was never needed. */
    Optional<StatisticsLoading> loading() {
        return Optional.ofNullable(loading);
    }

    /** Loads every month of the bundle the atlas does not hold yet; returns how many it loaded. */
    int loadMissing() {
        try {
            Map<YearMonth, MonthReport> missing = new LinkedHashMap<>();
            Set<YearMonth> held = heldMonths();
            for (MonthReport report : reports()) {
                if (!held.contains(report.month())) {
                    missing.put(report.month(), report);
                }
            }
            if (missing.isEmpty()) {
                return 0;
            }
            loading = new StatisticsLoading(0, missing.size());
            LOG.info("Loading the UN's statistics that come with the atlas: {} months", missing.size());
            int loaded = load(missing);
            LOG.info("Loaded the UN's statistics that come with the atlas: {} months", loaded);
            return loaded;
        } finally {
            loading = null;
        }
    }

    private int load(Map<YearMonth, MonthReport> missing) {
        Map<YearMonth, List<ContributionLine>> lines = new LinkedHashMap<>();
        int[] loaded = {0};
        try (InputStream in = new ClassPathResource(BundledStatisticsFile.LINES).getInputStream()) {
            BundledStatisticsFile.lines(in, line -> {
                YearMonth month = YearMonth.from(line.month());
                if (!missing.containsKey(month)) {
                    return;
                }
                // The file is in the order of months: a year is whole once the next one begins.
                if (!lines.isEmpty() && lines.keySet().iterator().next().getYear() != month.getYear()) {
                    loaded[0] += write(lines, missing);
                    lines.clear();
                }
                lines.computeIfAbsent(month, key -> new ArrayList<>()).add(line);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded[0] += write(lines, missing);
        return loaded[0];
    }

    private int write(Map<YearMonth, List<ContributionLine>> year, Map<YearMonth, MonthReport> reports) {
        if (year.isEmpty()) {
            return 0;
        }
        List<MonthStatistics> months = new ArrayList<>();
        year.forEach((month, lines) -> months.add(new MonthStatistics(reports.get(month), lines)));
        try {
            transactions.executeWithoutResult(status -> writer.writeAbsent(months));
        } catch (DataAccessException another) {
            LOG.info(
                    "The UN's statistics of {} were loaded meanwhile by another node",
                    months.get(0).month().getYear());
            return 0;
        }
        StatisticsLoading before = loading;
        loading = new StatisticsLoading(before.loaded() + months.size(), before.toLoad());
        return months.size();
    }

    private Set<YearMonth> heldMonths() {
        Set<YearMonth> held = new HashSet<>();
        jdbc.sql("select period_month from contribution_report union select period_month from contribution_month_sum")
                .query((row, number) -> YearMonth.from(row.getDate(1).toLocalDate()))
                .list()
                .forEach(held::add);
        return held;
    }

    private static List<MonthReport> reports() {
        try (InputStream in = new ClassPathResource(BundledStatisticsFile.REPORTS).getInputStream()) {
            return BundledStatisticsFile.reports(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
