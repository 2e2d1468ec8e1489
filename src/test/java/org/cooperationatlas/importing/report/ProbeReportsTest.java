package org.cooperationatlas.importing.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "ada",
        roles = {"ADMIN", "EDITOR", "VIEWER"})
class ProbeReportsTest {

    @Autowired
    ReportImportService reports;

    @Test
    void probe() throws Exception {
        List<ReportFile> files = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        try (Stream<Path> pdfs = Files.list(Path.of("../shared/un-reports"))) {
            for (Path pdf :
                    pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Path copy = Files.createTempFile("probe", ".pdf");
                Files.copy(pdf, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                files.addAll(reports.read(pdf.getFileName().toString(), copy, taken));
            }
        }
        for (ReportPlan plan : reports.check(files, ReportChoices.NONE)) {
            System.out.println("PLAN " + plan.fileName() + " " + plan.month() + " " + plan.monthSource() + " "
                    + plan.status() + " lines=" + plan.lines() + " people=" + plan.people() + " totals="
                    + plan.totalsChecked() + "/" + plan.totalsDisagreeing() + " '" + plan.title() + "' "
                    + (plan.sameAs() == null ? "" : plan.sameAs()));
            plan.problems()
                    .forEach(problem -> System.out.println("    " + (problem.note() ? "note " : "PROB ")
                            + problem.page() + " " + problem.messageKey() + " " + problem.arguments()));
        }
    }
}
