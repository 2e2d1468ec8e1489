package org.cooperationatlas.importing;

import org.springframework.util.unit.DataSize;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.ContributionKey;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.ContributionWrites;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

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
    private final long maxFileBytes;

    ImportService(CountryService countries, PeacekeepingService peacekeeping, RecordWrites recordWrites,
                  SavedMappingRepository mappings, MessageSource messages,
                  @Value("${atlas.import.max-file-size:50MB}") DataSize maxFileSize) {
        this.countries = countries;
        this.peacekeeping = peacekeeping;
        this.recordWrites = recordWrites;
        this.mappings = mappings;
        this.messages = messages;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Reads an uploaded file as a table, or says why it cannot. */
    public UploadedCsv read(String fileName, byte[] bytes) throws CsvFileException {
        return UploadedCsv.parse(fileName, bytes, maxFileBytes);
    }

    /** What committing the file under this mapping would do; writes nothing. */
    public ImportPlan dryRun(UploadedCsv file, ColumnMapping mapping) {
        List<ImportProblem> mappingProblems = mappingProblems(mapping, file.headers());
        if (!mappingProblems.isEmpty()) {
            return ImportPlan.refused(file.fileName(), mapping, mappingProblems, file.rows().size());
        }
        CountryNames names = countries.names();
        if (mapping.kind() == ImportKind.RECORDS) {
            RecordRows rows = RecordRows.read(file, mapping, names, RecordRows.Choices.from(messages));
            ImportSummary summary = recordWrites.preview(rows.drafts(), file.rows().size(), rows.rowsWithProblems());
            return new ImportPlan(file.fileName(), mapping, rows.problems(), summary, List.of(), Map.of(), rows.drafts());
        }
        ContributionRows rows = ContributionRows.read(file, mapping, names);
        return new ImportPlan(file.fileName(), mapping, rows.problems(),
                contributionSummary(rows.lines(), file.rows().size(), rows.rowsWithProblems()),
                rows.lines(), rows.missionNames(), List.of());
    }

    /**
     * Writes the plan's accepted rows in one transaction: all of them or, if anything fails or the reader stops
     * it, none. The counts are those of the write itself, which may differ from the dry run's if data changed since.
     */
    @Transactional
    public ImportSummary commit(ImportPlan plan, ImportProgress progress) {
        int total = plan.workToDo();
        IntConsumer onProgress = done -> {
            if (progress.stopRequested()) {
                throw new ImportStoppedException();
            }
            progress.done(done, total);
        };
        ImportSummary dry = plan.summary();
        if (plan.mapping().kind() == ImportKind.RECORDS) {
            return recordWrites.write(plan.records(), dry.rowsRead(), dry.rowsWithProblems(), onProgress);
        }
        List<String> newMissions = newMissions(plan.contributions());
        ContributionWrites writes = peacekeeping.write(plan.contributions(), plan.missionNames(), onProgress);
        return new ImportSummary(dry.rowsRead(), dry.rowsWithProblems(), writes.created(), writes.updated(),
                writes.unchanged(), newMissions, 0);
    }

    public List<SavedMapping> savedMappings(ImportKind kind) {
        return mappings.findByKindOrderByName(kind);
    }

    /** Keeps the mapping under its name; a mapping of the same name is replaced. */
    @Transactional
    public SavedMapping saveMapping(String name, List<String> headers, ColumnMapping mapping) {
        if (name == null || name.isBlank() || name.strip().length() > SavedMapping.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A mapping needs a name of at most " + SavedMapping.NAME_MAX_LENGTH
                    + " characters");
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
        mapping.missingFields().forEach(field ->
                problems.add(ImportProblem.at(0, "", "import.problem.unmappedField", field.messageKey())));
        mapping.duplicateTargets().forEach(target -> problems.add(ImportProblem.at(0,
                headers.get(mapping.targets().indexOf(target)), "import.problem.mappedTwice")));
        if (mapping.kind() == ImportKind.CONTRIBUTIONS) {
            boolean counts = mapping.layout() == Layout.WIDE
                    ? mapping.targets().stream().anyMatch(target -> target != null && target.isCount())
                    : mapping.columnOf(ImportField.TOTAL).isPresent()
                      || (mapping.columnOf(ImportField.MALE).isPresent() && mapping.columnOf(ImportField.FEMALE).isPresent());
            if (!counts) {
                problems.add(ImportProblem.at(0, "", mapping.layout() == Layout.WIDE
                        ? "import.problem.noCountColumns" : "import.problem.noTotalColumn"));
            }
        }
        return problems;
    }

    private ImportSummary contributionSummary(List<ContributionLine> lines, int rowsRead, int rowsWithProblems) {
        Map<ContributionKey, ContributionLine> stored = peacekeeping.linesIn(
                lines.stream().map(ContributionLine::month).collect(Collectors.toSet()));
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
        return new ImportSummary(rowsRead, rowsWithProblems, created, updated, lines.size() - created - updated,
                newMissions(lines), 0);
    }

    private List<String> newMissions(List<ContributionLine> lines) {
        Set<String> known = peacekeeping.missions().stream().map(Mission::getAcronym)
                .map(acronym -> acronym.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> fresh = new TreeSet<>();
        lines.stream().map(line -> line.mission().strip())
                .filter(acronym -> !known.contains(acronym.toUpperCase(Locale.ROOT))).forEach(fresh::add);
        return List.copyOf(fresh);
    }
}
