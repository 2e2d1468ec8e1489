package org.cooperationatlas.intake;

import java.util.regex.Pattern;

/** A record's title drawn from the sentence that opens its activity: without its leading date, cut at a word. */
final class Titles {

    private static final int LONGEST = 90;
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?i)(?:in|on|from|since|by|as of|about)\\s+[^,]{1,40},\\s*"
                    + "|^(?:moreover|in addition|meanwhile|also|however|furthermore),\\s*|^\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?[，,]?");

    private Titles() {}

    static String of(String sentence, Language language) {
        String title = LEADING_DATE.matcher(sentence.strip()).replaceFirst("");
        title = title.replaceAll("[.。!！?？;；]+$", "").strip();
        if (title.length() > LONGEST) {
            int cut = language.spacesBetweenWords() ? title.lastIndexOf(' ', LONGEST) : LONGEST;
            title = title.substring(0, cut > 40 ? cut : LONGEST) + "…";
        }
        return title.isEmpty() ? sentence : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
