package org.cooperationatlas.intake;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words by ICU's dictionary word breaking, for measuring against HanLP in the intake's evaluation
 * ({@code -Dintake.segmenter=icu}): word boundaries only, no parts of speech, so no place names and no telling a
 * numeral word from another.
 */
class IcuWords implements ChineseWords {

    @Override
    public List<Word> of(String text) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(text);
        List<Word> words = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String word = text.substring(start, end);
            if (!word.isBlank()) {
                words.add(new Word(word, start, end, null));
            }
        }
        return words;
    }

    @Override
    public String simplified(String text) {
        return com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified")
                .transliterate(text);
    }
}
