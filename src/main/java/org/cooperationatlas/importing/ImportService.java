package org.cooperationatlas.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.peacekeeping.ContributionKey;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.ContributionWrites;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Bulk import of CSV files, for administrators: read a file, dry-run it against a column mapping (every problem
 * with its line, and what would be created and updated), then commit the accepted rows in one transaction.
 * Rows are matched on their natural key, so importing the same file again changes nothing.
 */
@Service
@Transactional(readOnly = true)
@Secured(Role.ADMIN_AUTHORITY)
public class ImportService {

    private final CountryService countries;
    private final PeacekeepingService peacekeeping;
    private final RecordWrites recordWrites;
    private final SavedMappingRepository mappings;
    private final MessageSource messages;
    private final MeasureService measures;
    private final long maxFileBytes;

    ImportService(
            CountryService countries,
            PeacekeepingService peacekeeping,
            RecordWrites recordWrites,
            SavedMappingRepository mappings,
            MessageSource messages,
            MeasureService measures,
            @Value("${atlas.import.max-file-size:50MB}") DataSize maxFileSize) {
        this.countries = countries;
        this.peacekeeping = peacekeeping;
        this.recordWrites = recordWrites;
        this.mappings = mappings;
        this.messages = messages;
        this.measures = measures;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Opens an uploaded file that waits on the disk, checking it end to end, or says why it cannot be read; a file
     * that cannot be read is deleted at once.
     */
    public UploadedCsv open(String fileName, Path file) throws CsvFileException {
        try {
            return UploadedCsv.open(fileName, file, maxFileBytes);
        } catch (CsvFileException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The column mapping the file's headers and values suggest. */
    public ColumnMapping suggest(UploadedCsv file, ImportKind kind, Layout layout) {
        return MappingSuggestions.suggest(kind, layout, file.headers(), countryCodeColumns(file));
    }

    // A column is taken for codes when every value seen is a country's code: letters (CN, CHN) always, M49
    // numbers only under a header that says so, since a column of counts holds numbers too.
    private Set<Integer> countryCodeColumns(UploadedCsv file) {
        CountryNames names = countries.names();
        Set<Integer> columns = new TreeSet<>();
        for (int column = 0; column < file.headers().size(); column++) {
            List<String> values = file.columnValues().get(column);
            String header = CountryNames.fold(file.headers().get(column));
            boolean numericAllowed = header.matches(".*\\b(m49|code|iso|numeric)\\b.*");
            if (!values.isEmpty()
                    && values.stream()
                            .allMatch(value -> names.isLetterCode(value) || (numericAllowed && names.isCode(value)))) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** What committing the file under this mapping would do; writes nothing. */
    public ImportPlan dryRun(UploadedCsv file, ColumnMapping mapping) {
        List<ImportProblem> mappingProblems = mappingProblems(mapping, file.headers());
        if (!mappingProblems.isEmpty()) {
            return ImportPlan.refused(file.fileName(), mapping, mappingProblems, file.rowCount());
        }
        CountryNames names = countries.names();
        if (mapping.kind() == ImportKind.RECORDS) {
            RecordRows rows =
                    RecordRows.read(file, mapping, names, RecordRows.Choices.from(messages, measures.measures()));
            ImportSummary summary = recordWrites.preview(rows.drafts(), file.rowCount(), rows.rowsWithProblems());
            return ImportPlan.of(
                    file.fileName(),
                    mapping,
                    rows.problems(),
                    rows.notes(),
                    summary,
                    rows.drafts().size());
        }
        ContributionRows rows = ContributionRows.read(file, mapping, names);
        return ImportPlan.of(
                file.fileName(),
                mapping,
                rows.problems(),
                rows.notes(),
                contributionSummary(rows, file.rowCount()),
                rows.lines().size());
    }

    /**
     * Writes the accepted rows of the checked file in one transaction: all of them or, if anything fails or the
     * reader stops it, none. The rows are read from the file again, with the country names of now; the counts
     * are those of the write itself, which may differ from the dry run's if data changed since.
     */
    @Transactional
    public ImportSummary commit(UploadedCsv file, ImportPlan plan, ImportProgress progress) {
        int total = plan.workToDo();
        IntConsumer onProgress = done -> {
            if (progress.stopRequested()) {
                throw new ImportStoppedException();
            }
            progress.done(done, total);
        };
        CountryNames names = countries.names();
        if (plan.mapping().kind() == ImportKind.RECORDS) {
            RecordRows rows = RecordRows.read(
                    file, plan.mapping(), names, RecordRows.Choices.from(messages, measures.measures()));
            return recordWrites.write(rows.drafts(), file.rowCount(), rows.rowsWithProblems(), onProgress);
        }
        ContributionRows rows = ContributionRows.read(file, plan.mapping(), names);
        List<String> newMissions = newMissions(rows.lines());
        ContributionWrites writes = peacekeeping.write(rows.lines(), rows.missionNames(), onProgress);
        return new ImportSummary(
                file.rowCount(),
                rows.rowsWithProblems(),
                writes.created(),
                writes.updated(),
                writes.unchanged(),
                newMissions,
                0,
                rows.peopleInFile(),
                rows.peopleAccepted());
    }

    /**
     * Takes a name the dry run did not know as another name for a country, so that checking the file again
     * accepts every line that uses it. The name's source is the file it came from; who added it and when is
     * in the alias's history.
     */
    @Transactional
    public void treatAsCountry(String name, String iso2, String fileName) {
        countries.addAlias(name, iso2, "import of " + fileName);
    }

    public List<SavedMapping> savedMappings(ImportKind kind) {
        return mappings.findByKindOrderByName(kind);
    }

    /** Keeps the mapping under its name; a mapping of the same name is replaced. */
    @Transactional
    public SavedMapping saveMapping(String name, List<String> headers, ColumnMapping mapping) {
        if (name == null || name.isBlank() || name.strip().length() > SavedMapping.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "A mapping needs a name of at most " + SavedMapping.NAME_MAX_LENGTH + " characters");
        }
        SavedMapping saved = mappings.findByNameIgnoreCase(name.strip()).orElse(null);
        if (saved == null) {
            return mappings.save(new SavedMapping(name, headers, mapping));
        }
        saved.update(headers, mapping);
        return mappings.save(saved);
    }

    private static List<ImportProblem> mappingProblems(ColumnMapping mapping, List<String> headers) {
        List<ImportProblem> problems = new ArrayList<>();
        mapping.missingFields()
                .forEach(field ->
                        problems.add(ImportProblem.at(0, "", "import.problem.unmappedField", field.messageKey())));
        mapping.duplicateTargets()
                .forEach(target -> problems.add(ImportProblem.at(
                        0, headers.get(mapping.targets().indexOf(target)), "import.problem.mappedTwice")));
        if (mapping.kind() == ImportKind.CONTRIBUTIONS) {
            boolean counts = mapping.layout() == Layout.WIDE
                    ? mapping.targets().stream().anyMatch(target -> target != null && target.isCount())
                    : mapping.columnOf(ImportField.TOTAL).isPresent()
                            || (mapping.columnOf(ImportField.MALE).isPresent()
                                    && mapping.columnOf(ImportField.FEMALE).isPresent());
            if (!counts) {
                problems.add(ImportProblem.at(
                        0,
                        "",
                        mapping.layout() == Layout.WIDE
                                ? "import.problem.noCountColumns"
                                : "import.problem.noTotalColumn"));
            }
        }
        return problems;
    }

    private ImportSummary contributionSummary(ContributionRows rows, int rowsRead) {
        List<ContributionLine> lines = peacekeeping.withKnownMissions(rows.lines());
        Map<ContributionKey, ContributionLine> stored =
                peacekeeping.linesIn(lines.stream().map(ContributionLine::month).collect(Collectors.toSet()));
        int created = 0;
        int updated = 0;
        for (ContributionLine line : lines) {
            ContributionLine existing = stored.get(ContributionKey.of(line));
            if (existing == null) {
                created++;
            } else if (!existing.sameCountsAs(line)) {
                updated++;
            }
        }
        return new ImportSummary(
                rowsRead,
                rows.rowsWithProblems(),
                created,
                updated,
                lines.size() - created - updated,
                newMissions(lines),
                0,
                rows.peopleInFile(),
                rows.peopleAccepted());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file the system cleans up in the end.
        }
    }

    private List<String> newMissions(List<ContributionLine> lines) {
        return peacekeeping.unknownMissions(
                lines.stream().map(line -> line.mission().strip()).collect(Collectors.toSet()));
    }
}
