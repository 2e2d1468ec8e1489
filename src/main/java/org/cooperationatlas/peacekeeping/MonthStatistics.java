package org.cooperationatlas.peacekeeping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A month of the UN's statistics as one report gives them: its lines (of a mission each, or, for a report that
 * names no missions, with the mission null) and the report they come from. Written as a whole: the month then
 * holds exactly these lines.
 */
public record MonthStatistics(MonthReport report, List<ContributionLine> lines) {

    public MonthStatistics {
        lines = List.copyOf(lines);
    }

    /** The month's statistics from a report with this title, file and origin, its size and digest counted. */
    public static MonthStatistics of(
            YearMonth month,
            String title,
            boolean namesMissions,
            String fileName,
            MonthReport.Origin origin,
            List<ContributionLine> lines) {
        long people = lines.stream().mapToLong(ContributionLine::total).sum();
        MonthReport report = new MonthReport(
                month,
                MonthReport.UN_PUBLISHER,
                title,
                namesMissions,
                lines.size(),
                people,
                digest(lines),
                fileName,
                origin,
                Instant.now());
        return new MonthStatistics(report, lines);
    }

    /** The same report's statistics with these lines instead, counted and digested again. */
    public MonthStatistics withLines(List<ContributionLine> changed) {
        MonthReport given = report;
        return of(given.month(), given.title(), given.namesMissions(), given.fileName(), given.origin(), changed);
    }

    public YearMonth month() {
        return report.month();
    }

    /**
     * A digest of the lines, whatever their order: two reports with the same digest give the same statistics.
     * Missions are compared as written in upper case, so a digest is taken of lines whose missions the atlas
     * already wrote as it knows them.
     */
    public static String digest(List<ContributionLine> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.stream()
                    .map(MonthStatistics::line)
                    .sorted(Comparator.naturalOrder())
                    .forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String line(ContributionLine line) {
        return String.join(
                "|",
                line.month().toString(),
                line.country(),
                line.mission() == null ? "" : line.mission().strip().toUpperCase(java.util.Locale.ROOT),
                line.personnelType().name(),
                Objects.toString(line.male(), ""),
                Objects.toString(line.female(), ""),
                String.valueOf(line.total()));
    }
}
