package org.cooperationatlas.intake;

import java.util.List;

/**
 * Breaks Chinese text, which has no spaces, into its words: the intake matches its lexicon on word boundaries
 * ("国" counts countries in "个国家" but not in "中国"), takes a Han numeral for a number only where it is a word of
 * its own ("一名", not "进一步"), and finds place names.
 */
public interface ChineseWords {

    List<Word> of(String text);

    /** The text in simplified characters, letter for letter: "東南亞" reads as "东南亚". */
    String simplified(String text);
}
