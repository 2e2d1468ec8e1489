package org.cooperationatlas.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * What a Chinese number counts, from the measure word after it ("名" people, "起" cases, "艘" vessels, "公斤"
 * kilograms, "万元" yuan), or for a general one ("个", "家", "次") from the noun after it or before the number
 * ("56个犯罪窝点", "捣毁窝点56个"), found among the segmenter's words. Qualifiers stand after the number as well
 * ("300余名", "40人左右", "7个多月"). A number is no figure when it is a date ("2015年", "4月", "3日"), an ordinal
 * ("第三", "第57、58名", "六次全会"), a time, an age, "the two countries" ("两国"), the size of a list ("百名红通",
 * "前十"), a threshold ("500万元以上的案件") or a mere "a" ("一次新尝试", "一个月后").
 */
final class ChineseCounts {

    private static final Set<String> DATE_AFTER =
            Set.of("年", "月", "日", "号", "时", "点", "岁", "届", "期", "周年", "世纪", "年代", "年度", "次全会", "中全会");
    private static final Pattern THRESHOLD = Pattern.compile("^[余多]?(?:[个名人起年万亿元美欧港澳新台币]{0,4}|公斤|千克)(?:以上|以下)的");
    private static final Pattern YEAR_BAND_AFTER = Pattern.compile("^年?(?:至|到|-)[\\d一二三四五六七八九十]+年的");
    private static final Pattern YEAR_BAND_BEFORE = Pattern.compile("[\\d一二三四五六七八九十]+年?(?:至|到|-)$");
    private static final Pattern TIME_FRAME_BEFORE = Pattern.compile("(?:未来|近|过去|最近|今后|此后|之后)$");
    private static final Pattern TIME_FRAME_AFTER = Pattern.compile("^(?:个月|年|天|周|日|小时)(?:内|之内|以内|中)");
    private static final Pattern HAN_YEAR = Pattern.compile("[〇零一二三四五六七八九0-9]{4}年");
    private static final Pattern ORDINAL_LIST = Pattern.compile("第[\\d一二三四五六七八九十百]+[、,，和与及]$");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Phrases suffixes;
    private final Phrases lateSuffixes;
    private final Phrases classifiers;
    private final Phrases currencies;
    private final Phrases nouns;
    private final Phrases scales;
    private final Phrases durationCues;
    private final Phrases lists;
    private final Map<String, String> nounWords;

    ChineseCounts(Lexicon lexicon) {
        this.suffixes = lexicon.phrases("suffix.", Language.ZH);
        this.lateSuffixes = lexicon.phrases("latesuffix.", Language.ZH);
        this.classifiers = lexicon.phrases("classifier.", Language.ZH);
        this.currencies = lexicon.phrases("currency.", Language.ZH);
        this.nouns = lexicon.phrases("noun.", Language.ZH);
        this.scales = lexicon.phrases("scale.", Language.ZH);
        this.durationCues = new Phrases(Map.of("yes", lexicon.list("durationcue")), Language.ZH);
        this.lists = new Phrases(Map.of("yes", lexicon.list("listafter")), Language.ZH);
        this.nounWords = lexicon.wordsByValue("noun.");
    }

    /** Whether the number is no figure whatever follows it: a date, an ordinal, an age, a list's size. */
    boolean notAFigure(String text, NumberMention number, boolean hanNumeral) {
        String before = text.substring(0, number.start());
        String after = text.substring(number.end());
        if (before.endsWith("第")
                || before.endsWith("前")
                || before.endsWith("No.")
                || ORDINAL_LIST.matcher(before).find()) {
            return true;
        }
        // "二00四年": a year written half in Han numerals.
        String around = text.substring(Math.max(0, number.start() - 3), Math.min(text.length(), number.end() + 4));
        if (HAN_YEAR.matcher(around).find()) {
            return true;
        }
        for (String word : DATE_AFTER) {
            if (after.startsWith(word) && !isDuration(before, after, number, word)) {
                return true;
            }
        }
        // "两国", "四国": the countries the article is about, not a count of them.
        if (hanNumeral && after.startsWith("国") && !after.startsWith("国家")) {
            return true;
        }
        // "一次新尝试", "一个月后", "一队巡逻船": "a", not one.
        if (hanNumeral
                && number.qualifier() == null
                && number.value().compareTo(BigDecimal.ONE) == 0
                && !after.startsWith("年半")
                && durationCues.endOf(before) == null) {
            return true;
        }
        Phrases.Match list = lists.startOf(after);
        if (hanNumeral && list != null && list.start() == 0) {
            return true;
        }
        // "涉案500万元以上的", "潜逃10年以上的": a threshold; "10年至20年的": a band of them.
        if (THRESHOLD.matcher(after).find()
                || YEAR_BAND_AFTER.matcher(after).find()
                || YEAR_BAND_BEFORE.matcher(before).find() && after.startsWith("年的")) {
            return true;
        }
        // "未来12个月内", "近5年内": the frame of a period.
        if (TIME_FRAME_BEFORE.matcher(before).find()
                && TIME_FRAME_AFTER.matcher(after).find()) {
            return true;
        }
        // "24小时热水": a service, not a length of time.
        return after.startsWith("小时")
                && number.value().intValue() == 24
                && after.length() > 2
                && isHan(after.charAt(2))
                && "内后之以的前".indexOf(after.charAt(2)) < 0;
    }

    // "潜逃10年", "藏匿17年", "历时15日", "两年来": a length of time; "2015年", "4月", "3日", "3年前": a date.
    private boolean isDuration(String before, String after, NumberMention number, String word) {
        if (!word.equals("年") && !word.equals("日")) {
            return false;
        }
        if (after.startsWith("日夜")) {
            return true;
        }
        if (number.value().compareTo(HUNDRED) >= 0 || !number.inWords() && before.matches(".*\\d$")) {
            return false;
        }
        if (word.equals("日")) {
            return durationCues.endOf(before) != null;
        }
        String rest = after.substring(word.length());
        return !(rest.startsWith("前")
                || rest.startsWith("内")
                || rest.startsWith("后")
                || rest.startsWith("底")
                || rest.startsWith("初")
                || rest.startsWith("末")
                || rest.startsWith("中")
                || rest.matches("^\\d.*")
                || rest.startsWith("的今天"));
    }

    /** What the words after the number (and, for a general measure word, before it) say it counts. */
    Optional<Counted> around(String text, NumberMention number, List<Word> words) {
        int at = number.end();
        Qualifier qualifier = null;
        BigDecimal scale = BigDecimal.ONE;
        Phrases.Match suffix = suffixes.startOf(text.substring(at));
        if (suffix != null && suffix.start() == 0) {
            qualifier = Qualifier.valueOf(suffix.value());
            at += suffix.end();
            // "10余万元": the scale after the qualifier; "4600余千克" are kilograms.
            Phrases.Match late = scales.startOf(text.substring(at));
            boolean measureWord = text.startsWith("千克", at) || text.startsWith("千米", at);
            if (late != null && late.start() == 0 && !measureWord) {
                scale = new BigDecimal(late.value());
                at += late.end();
            }
        }
        String rest = text.substring(at);
        // "半数以上": more than half, as a percentage.
        if (number.value().compareTo(HALF) == 0 && rest.startsWith("数")) {
            return Optional.ofNullable(counted("PERCENT", qualifier, HUNDRED, at + 1, text));
        }
        // "近五成": tenths; "一年半", "两个半月": and a half.
        if (rest.startsWith("成") && !rest.startsWith("成立") && !rest.startsWith("成员") && !rest.startsWith("成功")) {
            return Optional.of(new Counted(new Unit("PERCENT"), qualifier, BigDecimal.TEN, at + 1));
        }
        if (rest.startsWith("年半") || rest.startsWith("个半月")) {
            BigDecimal plusHalf = number.value().add(HALF).divide(number.value(), 6, java.math.RoundingMode.HALF_UP);
            return Optional.of(new Counted(
                    new Unit(rest.startsWith("年半") ? "YEARS" : "MONTHS"),
                    qualifier,
                    plusHalf,
                    at + (rest.startsWith("年半") ? 2 : 3)));
        }
        Phrases.Match currency = currencies.startOf(rest);
        if (currency != null && currency.start() == 0) {
            return Optional.ofNullable(counted(currency.value(), qualifier, scale, at + currency.end(), text));
        }
        Phrases.Match classifier = classifiers.startOf(rest);
        if (classifier == null || classifier.start() != 0 || rest.startsWith("人民")) {
            Optional<Unit> direct = startsWord(words, at) ? nounAfter(text, at, words) : Optional.empty();
            if (direct.isPresent()) {
                return Optional.ofNullable(counted(direct.get().code(), qualifier, scale, at, text));
            }
            Qualifier said = qualifier;
            return nounBefore(text, number, words).map(unit -> new Counted(unit, said, BigDecimal.ONE, number.end()));
        }
        int end = at + classifier.end();
        if (qualifier == null && rest.substring(0, classifier.end()).contains("多")) {
            qualifier = Qualifier.MORE_THAN;
        }
        String unit = classifier.value();
        if (unit.startsWith("ANY")) {
            // A general measure word: what it counts is the noun after it, else the one before the number, else
            // what the measure word counts in the sentence's context ("次" patrols where it patrols), else what it
            // usually counts ("家" agencies); "个" alone says nothing.
            Optional<Unit> noun = nounAfter(text, end, words);
            if (noun.isEmpty()) {
                noun = nounBefore(text, number, words);
            }
            if (noun.isEmpty()) {
                noun = byContext(text, rest.substring(0, classifier.end()));
            }
            if (noun.isEmpty()) {
                String usual = unit.startsWith("ANY_") ? unit.substring("ANY_".length()) : "";
                if (usual.isEmpty()) {
                    return Optional.empty();
                }
                noun = Optional.of(new Unit(usual));
            }
            return Optional.ofNullable(counted(noun.get().code(), qualifier, scale, end, text));
        }
        return Optional.ofNullable(counted(unit, qualifier, scale, end, text));
    }

    // "分为四组" in a patrol: patrol groups; "开展巡逻99次": patrols.
    private static Optional<Unit> byContext(String text, String classifier) {
        if (classifier.equals("组") || classifier.equals("队")) {
            return Optional.of(new Unit(text.contains("巡逻") ? "PATROL_GROUPS" : "WORKING_GROUPS"));
        }
        if (classifier.equals("次") || classifier.equals("轮")) {
            if (text.contains("巡逻") || text.contains("巡航") || text.contains("护航")) {
                return Optional.of(new Unit("PATROLS"));
            }
            if (text.contains("会议") || text.contains("会晤") || text.contains("会谈")) {
                return Optional.of(new Unit("MEETINGS"));
            }
            if (text.contains("培训")) {
                return Optional.of(new Unit("TRAININGS"));
            }
            if (text.contains("行动") || text.contains("执法")) {
                return Optional.of(new Unit("OPERATIONS"));
            }
        }
        return Optional.empty();
    }

    // "40人左右", "5000人以上": a qualifier after the measure word; "以上的案件" is a threshold, not a count.
    private Counted counted(String unit, Qualifier qualifier, BigDecimal scale, int end, String text) {
        Phrases.Match late = lateSuffixes.startOf(text.substring(end));
        if (late != null && late.start() == 0) {
            if (text.startsWith("的", end + late.end())) {
                return null;
            }
            qualifier = Qualifier.valueOf(late.value());
            end += late.end();
        }
        return new Counted(new Unit(unit), qualifier, scale, end);
    }

    // The head of the noun phrase after the measure word: its words up to a verb, a particle or a mark, the last
    // of which the lexicon knows (or ends as one it knows: "维和警察" as "警察").
    private Optional<Unit> nounAfter(String text, int from, List<Word> words) {
        String head = null;
        boolean afterDe = false;
        for (Word word : words) {
            if (word.end() <= from) {
                continue;
            }
            if (word.start() < from) {
                // The measure word and the noun in one word: "个窝点".
                String tail = text.substring(from, word.end());
                head = known(tail) != null ? tail : head;
                continue;
            }
            if (word.start() - from > 14) {
                break;
            }
            // "11个市的警区单位", "52个控制恶意软体的服务器": the head stands after "的".
            if (word.text().equals("的")) {
                afterDe = true;
                continue;
            }
            // "120个窝点": the noun right after the measure word, whatever the segmenter tags it.
            if (head == null && !afterDe && word.start() == from && known(word.text()) != null) {
                head = word.text();
                continue;
            }
            if (!nounLike(word)) {
                if (head != null
                        || afterDe
                        || !"v".equals(word.tag())
                        || !text.substring(word.end()).contains("的")) {
                    break;
                }
                continue;
            }
            if (known(word.text()) != null) {
                head = word.text();
            }
        }
        if (head == null && words.isEmpty()) {
            Phrases.Match noun = nouns.startOf(text.substring(from, Math.min(text.length(), from + 8)));
            return noun == null || noun.start() != 0 ? Optional.empty() : Optional.of(new Unit(noun.value()));
        }
        return Optional.ofNullable(head).map(this::known).map(Unit::new);
    }

    private static boolean startsWord(List<Word> words, int at) {
        return words.stream().anyMatch(word -> word.start() == at);
    }

    // "捣毁窝点56个", "抓获犯罪嫌疑人1200余名": the noun right before the number, with at most "共", "达" between.
    private Optional<Unit> nounBefore(String text, NumberMention number, List<Word> words) {
        Word previous = null;
        for (Word word : words) {
            if (word.end() > number.start()) {
                break;
            }
            // "窝点约100个", "团伙共计12个": the noun before the words of amount.
            if (!word.text().matches("共计|共|计|达|约|近|逾|超过|多达|总计|累计|合计|分别为|为|约为")) {
                previous = word;
            }
        }
        if (words.isEmpty()) {
            String before = text.substring(Math.max(0, number.start() - 10), number.start());
            Phrases.Match noun = nouns.endOf(before);
            return noun == null || noun.end() != before.length()
                    ? Optional.empty()
                    : Optional.of(new Unit(noun.value()));
        }
        if (previous == null
                || previous.end() < number.start() - 3
                || !nounLike(previous) && previous.end() < number.start() - 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(known(previous.text())).map(Unit::new);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean nounLike(Word word) {
        String tag = word.tag();
        return tag != null
                && (tag.startsWith("n")
                        || tag.equals("vn")
                        || tag.startsWith("a")
                        || tag.equals("b")
                        || tag.equals("j")
                        || tag.equals("l")
                        || tag.startsWith("g"));
    }

    // The unit of a noun the lexicon lists, or of the longest one it ends with.
    private String known(String word) {
        String unit = nounWords.get(word);
        for (int i = 1; unit == null && i < word.length() - 1; i++) {
            unit = nounWords.get(word.substring(i));
        }
        return unit;
    }

    /** "莫佩芬、肖建明两人": the people just named, not a count of them. */
    static boolean namesTheNamed(String text, NumberMention number, List<Word> words) {
        if (!number.inWords() || !text.startsWith("人", number.end())) {
            return false;
        }
        Word previous = null;
        for (Word word : words) {
            if (word.end() > number.start()) {
                break;
            }
            previous = word;
        }
        return previous != null && previous.end() == number.start() && "nr".equals(previous.tag());
    }

    /** Whether a Han numeral stands as a word of its own ("一名", "两万") rather than inside one ("进一步", "统一"). */
    static boolean standsAlone(NumberMention number, List<Word> words) {
        // "逾千人", "半数": a scale or a half that the numbers' reader took only where a qualifier or a count follows.
        if (number.end() - number.start() == 1
                && number.value().compareTo(BigDecimal.TEN) != 0
                && (number.value().compareTo(HALF) == 0 || number.value().compareTo(HUNDRED) >= 0)) {
            return true;
        }
        for (Word word : words) {
            if (word.start() <= number.start() && number.start() < word.end()) {
                if (word.isNumeral() || "q".equals(word.tag()) || "mq".equals(word.tag())) {
                    return true;
                }
                // A word that begins with the numeral and is no longer than it and its measure word.
                return word.start() == number.start() && word.end() <= number.end() + 1;
            }
        }
        return true;
    }
}
