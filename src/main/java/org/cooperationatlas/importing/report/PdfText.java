package org.cooperationatlas.importing.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF with where they stand on their page, grouped into lines: what a table is read from. PDFBox
 * finds the words (it drops text printed twice for a bold effect and orders them by position); a line is the
 * words whose heights overlap, so that a total printed a little lower than its label still stands beside it.
 */
public final class PdfText {

    private final List<TextLine> lines;
    private final int pages;
    private final LocalDate created;

    private PdfText(List<TextLine> lines, int pages, LocalDate created) {
        this.lines = List.copyOf(lines);
        this.pages = pages;
        this.created = created;
    }

    /** Reads the file, or says why it cannot be read: not a PDF, damaged, or locked by a password. */
    public static PdfText read(Path file) throws ReportException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            WordCollector collector = new WordCollector();
            collector.getText(document);
            return new PdfText(collector.lines(), document.getNumberOfPages(), creationDay(document));
        } catch (InvalidPasswordException e) {
            throw new ReportException("import.report.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new ReportException("import.report.damaged");
        }
    }

    public List<TextLine> lines() {
        return lines;
    }

    public int pages() {
        return pages;
    }

    /** The day the file says it was made, if it says. */
    public Optional<LocalDate> created() {
        return Optional.ofNullable(created);
    }

    private static LocalDate creationDay(PDDocument document) {
        Calendar created = document.getDocumentInformation().getCreationDate();
        return created == null
                ? null
                : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** PDFBox hands its words one at a time, in reading order, each with its glyphs' positions. */
    private static final class WordCollector extends PDFTextStripper {

        private final List<Word> pageWords = new ArrayList<>();
        private final List<TextLine> lines = new ArrayList<>();

        WordCollector() throws IOException {
            setSortByPosition(true);
        }

        List<TextLine> lines() {
            return lines;
        }

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) {
            // A space ends a word; so does a gap wider than a space, where PDFBox joined two cells of a table.
            List<TextPosition> part = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                if (glyph.getUnicode().isBlank()) {
                    add(part);
                    continue;
                }
                if (!part.isEmpty()) {
                    TextPosition last = part.get(part.size() - 1);
                    float gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                    if (gap > Math.max(last.getWidthOfSpace(), 1.5f) || gap < -2) {
                        add(part);
                    }
                }
                part.add(glyph);
            }
            add(part);
        }

        private void add(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (TextPosition glyph : glyphs) {
                text.append(glyph.getUnicode());
                x0 = Math.min(x0, glyph.getXDirAdj());
                x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                // Some fonts report no height; a glyph is then taken to be about as tall as its font is large.
                float height = Math.max(glyph.getHeightDir(), 0.6f * glyph.getFontSizeInPt());
                top = Math.min(top, glyph.getYDirAdj() - height);
                bottom = Math.max(bottom, glyph.getYDirAdj());
            }
            pageWords.add(new Word(text.toString(), x0, x1, top, bottom));
            glyphs.clear();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
            lines.addAll(TextLine.of(getCurrentPageNo(), pageWords));
            pageWords.clear();
        }

        @Override
        protected void writeLineSeparator() {
            // Lines are made from positions, not from PDFBox's line breaks.
        }

        @Override
        protected void writeWordSeparator() {
            // Words are kept apart as they are.
        }
    }

    /** A word and the box it is printed in, in points from the page's top left corner. */
    public record Word(String text, float x0, float x1, float top, float bottom) {

        public float middle() {
            return (top + bottom) / 2;
        }

        public float height() {
            return bottom - top;
        }

        public float centre() {
            return (x0 + x1) / 2;
        }
    }

    /** The words of a page that stand side by side, left to right. */
    public record TextLine(int page, List<Word> words) {

        public float top() {
            return (float) words.stream().mapToDouble(Word::top).min().orElse(0);
        }

        public float bottom() {
            return (float) words.stream().mapToDouble(Word::bottom).max().orElse(0);
        }

        public float middle() {
            return (float) words.stream().mapToDouble(Word::middle).average().orElse(0);
        }

        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        static List<TextLine> of(int page, List<Word> words) {
            List<Word> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingDouble(Word::middle));
            List<List<Word>> groups = new ArrayList<>();
            for (Word word : sorted) {
                List<Word> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last != null && overlaps(last, word)) {
                    last.add(word);
                } else {
                    List<Word> group = new ArrayList<>();
                    group.add(word);
                    groups.add(group);
                }
            }
            return groups.stream()
                    .map(group -> {
                        group.sort(Comparator.comparingDouble(Word::x0));
                        return new TextLine(page, List.copyOf(group));
                    })
                    .toList();
        }

        // Side by side: the word's box and the line's overlap by a quarter of the smaller's height at least, so that
        // a count printed a little higher than its label, in another font, stands on the label's line.
        private static boolean overlaps(List<Word> line, Word word) {
            double top = line.stream().mapToDouble(Word::top).min().orElse(0);
            double bottom = line.stream().mapToDouble(Word::bottom).max().orElse(0);
            double height = line.stream().mapToDouble(Word::height).min().orElse(0);
            double overlap = Math.min(bottom, word.bottom()) - Math.max(top, word.top());
            return overlap > 0.25 * Math.min(height, word.height());
        }
    }
}
