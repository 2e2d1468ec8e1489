package org.cooperationatlas.importing.report;

import java.util.List;
import java.util.regex.Pattern;
import org.cooperationatlas.importing.report.PdfText.TextLine;

/**
 * A report's title as printed above its table, without the line that lists the personnel types and without its
 * date: "Contribution of Uniformed Personnel to UN by Mission, Country, and Personnel Type". A table without a
 * title (the flat exports) is named for what its columns hold.
 */
final class ReportTitle {

    // Where the title ends: the list of types below it, or the line that gives the date.
    private static final Pattern END =
            Pattern.compile("(?i)\\s*(police\\s*,|experts on mission\\s*,|month of report|as of\\b|report date).*$");

    private ReportTitle() {}

    static String of(List<TextLine> lines, boolean missions) {
        String joined = String.join(" ", lines.stream().map(TextLine::text).toList());
        String title = END.matcher(joined).replaceFirst("");
        title = ReportTable.DATE_IN_TEXT.matcher(title).replaceAll("");
        title = title.replaceAll("\\s+", " ").replaceAll("[\\s.,:;]+$", "").strip();
        if (title.isEmpty()) {
            return missions
                    ? "Uniformed personnel by mission, country and personnel type"
                    : "Uniformed personnel by country and personnel type";
        }
        return title;
    }
}
