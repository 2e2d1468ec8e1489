package org.cooperationatlas.peacekeeping;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The report a month's statistics come from, as their source: who published it, its title, whether it names
 * missions, what it held (lines, people, a digest of its lines) and where it came into the atlas from.
 */
public record MonthReport(
        YearMonth month,
        String publisher,
        String title,
        boolean namesMissions,
        int lines,
        long people,
        String digest,
        String fileName,
        Origin origin,
        Instant importedAt) {

    /** The publisher of the UN's monthly reports of uniformed personnel. */
    public static final String UN_PUBLISHER = "United Nations, Department of Peace Operations";

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int FILE_NAME_MAX_LENGTH = 255;

    /** Whether the month came with the atlas (read from the UN's reports when it was built) or was imported. */
    public enum Origin {
        BUNDLED,
        IMPORTED
    }
}
