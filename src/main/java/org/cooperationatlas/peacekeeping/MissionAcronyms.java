package org.cooperationatlas.peacekeeping;

import java.util.Locale;
import java.util.Map;

/**
 * How an acronym in a file is compared with the missions' own: in any case, without spaces, dots or dashes, and
 * with a closing number in Roman or Arabic figures alike, so that "UNAVEM 3", "Unavem-III" and "UNAVEM III" are one
 * mission.
 */
final class MissionAcronyms {

    private static final Map<String, String> ROMAN = Map.of("1", "I", "2", "II", "3", "III", "4", "IV");

    private MissionAcronyms() {}

    /** The form acronyms are compared in. */
    static String key(String acronym) {
        String letters = acronym.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        for (Map.Entry<String, String> number : ROMAN.entrySet()) {
            String arabic = number.getKey();
            if (letters.endsWith(arabic)
                    && letters.length() > arabic.length()
                    && Character.isLetter(letters.charAt(letters.length() - arabic.length() - 1))) {
                return letters.substring(0, letters.length() - arabic.length()) + number.getValue();
            }
        }
        return letters;
    }
}
