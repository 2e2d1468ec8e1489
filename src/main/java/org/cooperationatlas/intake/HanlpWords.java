package org.cooperationatlas.intake;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Chinese words by HanLP's dictionary segmenter, with parts of speech and place names recognised. Its
 * dictionaries (about 35 MB of heap) load on the first article read, not at start-up.
 */
@Component
class HanlpWords implements ChineseWords {

    private volatile Segment segment;

    @Override
    public List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (Term term : segment().seg(text)) {
            // HanLP normalises nothing here, so each term is found where it stands.
            int start = text.indexOf(term.word, at);
            if (start < 0) {
                continue;
            }
            int end = start + term.word.length();
            words.add(new Word(term.word, start, end, term.nature == null ? null : term.nature.toString()));
            at = end;
        }
        return words;
    }

    @Override
    public String simplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.length() == text.length()) {
            return converted;
        }
        // A phrase converted into one of another length would move every place after it: letter by letter then.
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String letter = HanLP.convertToSimplifiedChinese(text.substring(i, i + 1));
            letters.append(letter.length() == 1 ? letter : text.substring(i, i + 1));
        }
        return letters.toString();
    }

    private Segment segment() {
        Segment loaded = segment;
        if (loaded == null) {
            synchronized (this) {
                if (segment == null) {
                    segment = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
                }
                loaded = segment;
            }
        }
        return loaded;
    }
}
