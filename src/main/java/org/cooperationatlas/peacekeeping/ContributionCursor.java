package org.cooperationatlas.peacekeeping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of contribution lines ends: the last line's key in the order lines are read (month, contributing
 * country, mission, personnel type), as one URL-safe word. The next page is read from the index right after it.
 */
public record ContributionCursor(LocalDate month, String country, long missionId, PersonnelType personnelType) {

    private static final String SEPARATOR = "~";

    public String encode() {
        String key = month + SEPARATOR + country + SEPARATOR + missionId + SEPARATOR + personnelType.name();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor the word stands for, or empty when it is not one this class wrote. */
    public static Optional<ContributionCursor> parse(String word) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(word), StandardCharsets.UTF_8).split(SEPARATOR);
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new ContributionCursor(
                    LocalDate.parse(parts[0]), parts[1], Long.parseLong(parts[2]), PersonnelType.valueOf(parts[3])));
        } catch (IllegalArgumentException | DateTimeParseException broken) {
            return Optional.empty();
        }
    }
}
