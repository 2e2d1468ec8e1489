package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files made for the tests from the UN's reports and from nothing: edited, locked, cut short, zipped. */
final class ReportFixtures {

    private ReportFixtures() {}

    /** A copy of the report with one number printed on a page changed by hand, as a forger would. */
    static Path withNumberChanged(Path report, int page, String printed, String instead) {
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            PDPage edited = document.getPage(page - 1);
            List<Object> tokens = new PDFStreamParser(edited).parse();
            boolean changed = false;
            for (int index = 0; index < tokens.size(); index++) {
                if (tokens.get(index) instanceof COSString text
                        && text.getString().equals(printed)) {
                    tokens.set(index, new COSString(instead));
                    changed = true;
                }
            }
            if (!changed) {
                throw new IllegalArgumentException(printed + " is not printed on page " + page);
            }
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream()) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            edited.setContents(content);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that is not a report: a page of minutes. */
    static Path minutes() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Minutes of the meeting of 3 March 2024");
                text.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real report locked with a password to open it. */
    static Path locked(Path report) {
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a real report, as a download broken off. */
    static Path cutShort(Path report, int bytes) {
        try {
            byte[] all = Files.readAllBytes(report);
            return write(java.util.Arrays.copyOf(all, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile("atlas-test-fixture-", ".pdf");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path zip(List<Path> reports) {
        try {
            Path file = Files.createTempFile("atlas-test-reports-", ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (Path report : reports) {
                    zip.putNextEntry(new ZipEntry("reports/" + report.getFileName()));
                    Files.copy(report, zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("reports/readme.txt"));
                zip.write("not a report".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(PDDocument document) throws IOException {
        Path file = Files.createTempFile("atlas-test-fixture-", ".pdf");
        document.save(file.toFile());
        return file;
    }
}
