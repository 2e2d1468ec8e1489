package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.importing.ImportProgress;
import org.cooperationatlas.importing.ImportStoppedException;
import org.cooperationatlas.peacekeeping.MonthChanges;
import org.cooperationatlas.peacekeeping.MonthReport;
import org.cooperationatlas.peacekeeping.MonthStatistics;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Import of the UN's monthly reports of uniformed personnel as published, for administrators: PDFs one at a time,
 * many at once, or in a zip; each read, held against its own totals and the atlas (a dry run), then the months
 * that are ready written in one transaction, each month then holding exactly what its report gives.
 */
@Service
@Transactional(readOnly = true)
@Secured(Role.ADMIN_AUTHORITY)
public class ReportImportService {

    private final CountryService countries;
    private final PeacekeepingService peacekeeping;
    private final long maxFileBytes;

    ReportImportService(
            CountryService countries,
            PeacekeepingService peacekeeping,
            @Value("${atlas.import.max-file-size:50MB}") DataSize maxFileSize) {
        this.countries = countries;
        this.peacekeeping = peacekeeping;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    /** Whether a file looks like what this import reads: a PDF or a zip archive, whatever its name says. */
    public static boolean isReportFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".zip");
    }

    /**
     * Reads an uploaded PDF, or each PDF of an uploaded zip, and deletes the upload; a file that cannot be read is
     * kept with the reason. Named as given, the files of a zip each under a name of its own.
     */
    public List<ReportFile> read(String fileName, Path upload) {
        List<ReportFile> read = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            if (ReportArchive.isZip(upload)) {
                ReportArchive.forEachPdf(upload, maxFileBytes, (name, file) -> {
                    String unique = unique(name, names);
                    read.add(
                            file == null ? ReportFile.failed(unique, "import.report.tooLarge") : readOne(unique, file));
                });
            } else {
                read.add(readOne(unique(fileName, names), upload));
            }
        } catch (ReportArchive.ReportArchiveException e) {
            read.add(ReportFile.failed(unique(fileName, names), e.getMessage()));
        } catch (IOException e) {
            read.add(ReportFile.failed(unique(fileName, names), "import.report.damaged"));
        } finally {
            deleteQuietly(upload);
        }
        return read;
    }

    private static ReportFile readOne(String name, Path file) {
        try {
            return ReportFile.read(name, UnReport.read(file));
        } catch (ReportException e) {
            return ReportFile.failed(name, e.messageKey());
        } catch (RuntimeException e) {
            // A PDF can fail a reader in ways no check foresees; it is then a file that cannot be read, not an error.
            return ReportFile.failed(name, "import.report.damaged");
        }
    }

    /** The name, or (if it is taken) the name with the first number that makes it one of its own. */
    public static String unique(String name, List<String> taken) {
        String unique = name;
        for (int number = 2; taken.contains(unique); number++) {
            unique = name + " (" + number + ")";
        }
        taken.add(unique);
        return unique;
    }

    /** What importing the reports would do, each report checked on its own and against the others; writes nothing. */
    public List<ReportPlan> check(List<ReportFile> files, ReportChoices choices) {
        CountryNames names = countries.names();
        Set<String> inBatch = countriesNamed(files, names);
        List<ReportPlan> plans = new ArrayList<>();
        Map<YearMonth, ReportPlan> firstOfMonth = new HashMap<>();
        for (ReportFile file : files) {
            ReportPlan plan = plan(file, choices, names, inBatch);
            if (plan.month() != null && plan.status() != ReportPlan.Status.UNREADABLE) {
                ReportPlan first = firstOfMonth.putIfAbsent(plan.month(), plan);
                if (first != null) {
                    plan = plan.withStatus(
                            plan.digest().equals(first.digest()) ? ReportPlan.Status.COPY : ReportPlan.Status.CONFLICT,
                            first.fileName());
                }
            }
            plans.add(plan);
        }
        return plans;
    }

    // The countries the batch's reports name in full: with those the atlas holds for the months around a report,
    // what a name cut short in it can stand for.
    private static Set<String> countriesNamed(List<ReportFile> files, CountryNames names) {
        Set<String> named = new HashSet<>();
        files.stream()
                .filter(ReportFile::readable)
                .flatMap(file -> file.report().rows().stream())
                .map(row -> row.country())
                .distinct()
                .forEach(name -> names.match(name)
                        .filter(match -> !match.cutName())
                        .ifPresent(match -> named.add(match.iso2())));
        return named;
    }

    private Set<String> contributorsAround(YearMonth month, Set<String> inBatch) {
        Set<String> nearby = new HashSet<>(inBatch);
        nearby.addAll(peacekeeping.contributorsBetween(month.minusMonths(3), month.plusMonths(3)));
        return nearby;
    }

    private ReportPlan plan(ReportFile file, ReportChoices choices, CountryNames names, Set<String> inBatch) {
        if (!file.readable()) {
            return ReportPlan.unreadable(file.fileName(), file.failureKey());
        }
        UnReport report = file.report();
        YearMonth chosen = choices.monthOf(file.fileName());
        YearMonth month = chosen != null ? chosen : report.month().month();
        List<ReportProblem> problems = new ArrayList<>();
        if (month == null) {
            return new ReportPlan(
                    file.fileName(),
                    null,
                    report.title(),
                    null,
                    report.month().source(),
                    null,
                    report.namesMissions(),
                    report.pages(),
                    0,
                    0,
                    0,
                    0,
                    problems,
                    null,
                    "",
                    ReportPlan.Status.NO_MONTH,
                    null);
        }
        ReportLines lines = ReportLines.of(
                report, month, names, choices.confirmedIn(file.fileName()), contributorsAround(month, inBatch));
        problems.addAll(monthNotes(report, chosen));
        problems.addAll(lines.problems());
        problems.addAll(lines.notes());
        MonthStatistics statistics = peacekeeping.asStored(statistics(file, month, lines));
        MonthChanges changes = peacekeeping.changes(statistics);
        int disagreeing = (int)
                report.totalChecks().stream().filter(check -> !check.agrees()).count();
        ReportPlan.Status status = !lines.unconfirmed().isEmpty()
                ? ReportPlan.Status.NEEDS_CONFIRMATION
                : changes.changesAnything() ? ReportPlan.Status.READY : ReportPlan.Status.UNCHANGED;
        return new ReportPlan(
                file.fileName(),
                null,
                report.title(),
                month,
                chosen != null ? null : report.month().source(),
                report.month().day(),
                report.namesMissions(),
                report.pages(),
                statistics.lines().size(),
                statistics.report().people(),
                report.totalChecks().size(),
                disagreeing,
                problems,
                changes,
                statistics.report().digest(),
                status,
                null);
    }

    private static List<ReportProblem> monthNotes(UnReport report, YearMonth chosen) {
        List<ReportProblem> notes = new ArrayList<>();
        var month = report.month();
        if (chosen == null && month.source() == org.cooperationatlas.importing.report.ReportMonth.Source.FILE_CREATED) {
            notes.add(ReportProblem.note("month", 0, "import.report.monthFromFile", month.day(), month.month()));
        }
        if (!month.otherRowMonths().isEmpty()) {
            notes.add(ReportProblem.note(
                    "rowMonths",
                    0,
                    "import.report.otherRowMonths",
                    String.join(
                            ", ",
                            month.otherRowMonths().stream()
                                    .map(YearMonth::toString)
                                    .toList())));
        }
        return notes;
    }

    private static MonthStatistics statistics(ReportFile file, YearMonth month, ReportLines lines) {
        return MonthStatistics.of(
                month,
                file.report().title(),
                file.report().namesMissions(),
                file.fileName(),
                MonthReport.Origin.IMPORTED,
                lines.lines());
    }

    /**
     * Writes every report that is ready, in one transaction: all of them or, if anything fails or the reader stops
     * it, none. The reports are checked again first, with the atlas as it is now.
     */
    @Transactional
    public ReportImportSummary commit(List<ReportFile> files, ReportChoices choices, ImportProgress progress) {
        List<MonthStatistics> months = ready(files, choices);
        int total = months.stream().mapToInt(month -> month.lines().size()).sum();
        IntConsumer onProgress = done -> {
            if (progress.stopRequested()) {
                throw new ImportStoppedException();
            }
            progress.done(done, total);
        };
        List<MonthChanges> written = peacekeeping.replaceMonths(months, onProgress);
        return ReportImportSummary.of(written);
    }

    /**
     * The months an import of the reports would write, as it would store them: those of the reports that are ready,
     * checked with the atlas as it is now.
     */
    public List<MonthStatistics> ready(List<ReportFile> files, ReportChoices choices) {
        CountryNames names = countries.names();
        Set<String> inBatch = countriesNamed(files, names);
        Map<String, ReportFile> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.fileName(), file));
        List<MonthStatistics> months = new ArrayList<>();
        for (ReportPlan plan : check(files, choices)) {
            if (plan.ready()) {
                ReportFile file = byName.get(plan.fileName());
                ReportLines lines = ReportLines.of(
                        file.report(),
                        plan.month(),
                        names,
                        choices.confirmedIn(plan.fileName()),
                        contributorsAround(plan.month(), inBatch));
                months.add(peacekeeping.asStored(statistics(file, plan.month(), lines)));
            }
        }
        return months;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file the system cleans up in the end.
        }
    }
}
