package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The UN's monthly reports kept beside the project (shared/un-reports), as the tests read them. */
final class UnReportsFolder {

    static final Path FOLDER = Path.of("../shared/un-reports");

    private UnReportsFolder() {}

    static Path report(String month) {
        return FOLDER.resolve("UN_country_contributions_" + month.replace('-', '_') + ".pdf");
    }

    /** Every report of the folder, in the order of its files' names. */
    static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files read as the import reads an upload (which it deletes afterwards: a copy is given). */
    static List<ReportFile> read(ReportImportService reports, List<Path> files) {
        List<ReportFile> read = new ArrayList<>();
        for (Path file : files) {
            read.addAll(reports.read(file.getFileName().toString(), copy(file)));
        }
        return read;
    }

    static Path copy(Path file) {
        try {
            Path copy = Files.createTempFile("atlas-test-report-", ".pdf");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
