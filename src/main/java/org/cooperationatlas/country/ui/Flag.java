package org.cooperationatlas.country.ui;

/** A country's flag drawn by the reader's own emoji font from its two letters: nothing is fetched. */
final class Flag {

    private Flag() {
    }

    static String emoji(String iso2) {
        int first = Character.codePointAt(iso2, 0) - 'A' + 0x1F1E6;
        int second = Character.codePointAt(iso2, 1) - 'A' + 0x1F1E6;
        return new String(Character.toChars(first)) + new String(Character.toChars(second));
    }
}
