package org.cooperationatlas.intake;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperationatlas.base.domain.DatePrecision;

/**
 * Reads the periods and dates a sentence names, resolving "last year" and "since" against the article's date. The
 * patterns are the language's ways of writing dates; the words around them come from its lexicon.
 */
final class Periods {

    private static final String MONTHS = monthNames();
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d|2100)";
    private static final String MONTH_YEAR = "(?:(" + MONTHS + ")\\.?\\s+)?" + YEAR;
    private static final List<Pattern> EN_RANGES = List.of(
            Pattern.compile("(?i)\\bfrom\\s+" + MONTH_YEAR + "\\s+(?:to|until|till|through)\\s+" + MONTH_YEAR),
            Pattern.compile("(?i)\\bbetween\\s+" + MONTH_YEAR + "\\s+and\\s+" + MONTH_YEAR),
            Pattern.compile("(?i)\\b" + MONTH_YEAR + "\\s*[-–—]\\s*" + MONTH_YEAR));
    private static final Pattern EN_SINCE = Pattern.compile("(?i)\\bsince\\s+" + MONTH_YEAR);
    private static final Pattern EN_DAY = Pattern.compile("(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+" + YEAR
            + "|\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+" + YEAR);
    private static final Pattern EN_MONTH = Pattern.compile("(?i)\\b(" + MONTHS + ")\\.?,?\\s+" + YEAR);
    private static final Pattern EN_MONTH_ALONE =
            Pattern.compile("(?i)\\b(?:as of|in|by|since|until|end of)\\s+(" + MONTHS + ")\\b(?!\\s*\\d)");
    private static final Pattern EN_YEAR = Pattern.compile("(?<![\\d,.])" + YEAR + "(?!\\d|,\\d)");
    private static final Pattern EN_LATER = Pattern.compile(
            "(?i)\\b(?:about\\s+|some\\s+|nearly\\s+)?(a|one|two|three" + "|four|five|\\d)\\s+years?\\s+later\\b");
    private static final Pattern ZH_RANGE =
            Pattern.compile(YEAR + "年(?:(\\d{1,2})月)?(?:份)?\\s*(?:至|到|—|－|-|~)\\s*" + YEAR + "年(?:(\\d{1,2})月)?");
    private static final Pattern ZH_SINCE = Pattern.compile("(?:自|从)?" + YEAR + "年(?:(\\d{1,2})月)?(?:以来|起)");
    private static final Pattern ZH_DAY = Pattern.compile(YEAR + "年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ZH_MONTH = Pattern.compile(YEAR + "年(\\d{1,2})月");
    private static final Pattern ZH_YEAR = Pattern.compile(YEAR + "年");
    private static final Pattern ZH_MONTH_ALONE = Pattern.compile("(?:截至|截止|至)(\\d{1,2})月");

    private final Language language;
    private final LocalDate published;
    private final Phrases relativeYears;

    Periods(Language language, LocalDate published) {
        this.language = language;
        this.published = published;
        this.relativeYears = Lexicon.of(language).phrases("relativeyear.", language);
    }

    List<PeriodMention> in(String sentence) {
        List<PeriodMention> found = new ArrayList<>();
        if (language == Language.EN) {
            english(sentence, found);
        } else {
            chinese(sentence, found);
        }
        for (Phrases.Match relative : relativeYears.in(sentence)) {
            add(
                    found,
                    PeriodMention.point(
                            LocalDate.of(published.getYear() - Integer.parseInt(relative.value()), 1, 1),
                            DatePrecision.YEAR,
                            relative.start(),
                            relative.end()));
        }
        // The article's own date line ("Updated: September 27, 2017") dates the article, not what it reports.
        found.removeIf(period ->
                period.fromPrecision() == DatePrecision.DAY && published.equals(period.from()) && period.to() == null);
        found.sort(Comparator.comparingInt(PeriodMention::start));
        return found;
    }

    private void english(String sentence, List<PeriodMention> found) {
        for (Pattern range : EN_RANGES) {
            Matcher m = range.matcher(sentence);
            while (m.find()) {
                add(found, range(m.group(1), m.group(2), m.group(3), m.group(4), m.start(), m.end()));
            }
        }
        Matcher since = EN_SINCE.matcher(sentence);
        while (since.find()) {
            add(found, since(since.group(1), since.group(2), since.start(), since.end()));
        }
        Matcher day = EN_DAY.matcher(sentence);
        while (day.find()) {
            boolean monthFirst = day.group(1) != null;
            String month = monthFirst ? day.group(1) : day.group(5);
            String dayOfMonth = monthFirst ? day.group(2) : day.group(4);
            String year = monthFirst ? day.group(3) : day.group(6);
            try {
                add(
                        found,
                        PeriodMention.point(
                                LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(dayOfMonth)),
                                DatePrecision.DAY,
                                day.start(),
                                day.end()));
            } catch (java.time.DateTimeException notADay) {
                // "May 45, 2016" is no date
            }
        }
        Matcher month = EN_MONTH.matcher(sentence);
        while (month.find()) {
            add(
                    found,
                    PeriodMention.point(
                            LocalDate.of(Integer.parseInt(month.group(2)), month(month.group(1)), 1),
                            DatePrecision.MONTH,
                            month.start(),
                            month.end()));
        }
        Matcher monthAlone = EN_MONTH_ALONE.matcher(sentence);
        while (monthAlone.find()) {
            add(
                    found,
                    PeriodMention.point(
                            monthOfPublication(month(monthAlone.group(1))),
                            DatePrecision.MONTH,
                            monthAlone.start(1),
                            monthAlone.end(1)));
        }
        Matcher year = EN_YEAR.matcher(sentence);
        while (year.find()) {
            add(
                    found,
                    PeriodMention.point(
                            LocalDate.of(Integer.parseInt(year.group(1)), 1, 1),
                            DatePrecision.YEAR,
                            year.start(),
                            year.end()));
        }
        Matcher later = EN_LATER.matcher(sentence);
        while (later.find()) {
            String count = later.group(1).toLowerCase(Locale.ROOT);
            int years = switch (count) {
                case "a", "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                default -> Integer.parseInt(count);
            };
            add(found, PeriodMention.later(years, later.start(), later.end()));
        }
    }

    private void chinese(String sentence, List<PeriodMention> found) {
        Matcher range = ZH_RANGE.matcher(sentence);
        while (range.find()) {
            LocalDate from = LocalDate.of(
                    Integer.parseInt(range.group(1)), range.group(2) == null ? 1 : Integer.parseInt(range.group(2)), 1);
            LocalDate to = LocalDate.of(
                    Integer.parseInt(range.group(3)), range.group(4) == null ? 1 : Integer.parseInt(range.group(4)), 1);
            add(
                    found,
                    new PeriodMention(
                            from,
                            range.group(2) == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                            to,
                            range.group(4) == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                            true,
                            0,
                            range.start(),
                            range.end()));
        }
        Matcher since = ZH_SINCE.matcher(sentence);
        while (since.find()) {
            add(
                    found,
                    new PeriodMention(
                            LocalDate.of(
                                    Integer.parseInt(since.group(1)),
                                    since.group(2) == null ? 1 : Integer.parseInt(since.group(2)),
                                    1),
                            since.group(2) == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                            published,
                            DatePrecision.DAY,
                            true,
                            0,
                            since.start(),
                            since.end()));
        }
        Matcher day = ZH_DAY.matcher(sentence);
        while (day.find()) {
            try {
                add(
                        found,
                        PeriodMention.point(
                                LocalDate.of(
                                        Integer.parseInt(day.group(1)),
                                        Integer.parseInt(day.group(2)),
                                        Integer.parseInt(day.group(3))),
                                DatePrecision.DAY,
                                day.start(),
                                day.end()));
            } catch (java.time.DateTimeException notADay) {
                // not a day of the calendar
            }
        }
        Matcher month = ZH_MONTH.matcher(sentence);
        while (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                add(
                        found,
                        PeriodMention.point(
                                LocalDate.of(Integer.parseInt(month.group(1)), m, 1),
                                DatePrecision.MONTH,
                                month.start(),
                                month.end()));
            }
        }
        Matcher year = ZH_YEAR.matcher(sentence);
        while (year.find()) {
            add(
                    found,
                    PeriodMention.point(
                            LocalDate.of(Integer.parseInt(year.group(1)), 1, 1),
                            DatePrecision.YEAR,
                            year.start(),
                            year.end()));
        }
        Matcher monthAlone = ZH_MONTH_ALONE.matcher(sentence);
        while (monthAlone.find()) {
            int m = Integer.parseInt(monthAlone.group(1));
            if (m >= 1 && m <= 12) {
                add(
                        found,
                        PeriodMention.point(
                                monthOfPublication(Month.of(m)),
                                DatePrecision.MONTH,
                                monthAlone.start(),
                                monthAlone.end()));
            }
        }
    }

    private PeriodMention range(String fromMonth, String fromYear, String toMonth, String toYear, int start, int end) {
        LocalDate from =
                LocalDate.of(Integer.parseInt(fromYear), fromMonth == null ? Month.JANUARY : month(fromMonth), 1);
        LocalDate to = LocalDate.of(Integer.parseInt(toYear), toMonth == null ? Month.JANUARY : month(toMonth), 1);
        return new PeriodMention(
                from,
                fromMonth == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                to,
                toMonth == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                true,
                0,
                start,
                end);
    }

    private PeriodMention since(String month, String year, int start, int end) {
        LocalDate from = LocalDate.of(Integer.parseInt(year), month == null ? Month.JANUARY : month(month), 1);
        return new PeriodMention(
                from,
                month == null ? DatePrecision.YEAR : DatePrecision.MONTH,
                published,
                DatePrecision.DAY,
                true,
                0,
                start,
                end);
    }

    // "As of July" in an article of September 2017 is July 2017; in one of March 2017, July 2016.
    private LocalDate monthOfPublication(Month month) {
        int year = month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return LocalDate.of(year, month, 1);
    }

    // A period inside one already found ("2016" inside "May 2016") is part of it, not another.
    private static void add(List<PeriodMention> found, PeriodMention period) {
        boolean inside =
                found.stream().anyMatch(other -> period.start() >= other.start() && period.end() <= other.end());
        if (!inside) {
            found.removeIf(other -> other.start() >= period.start() && other.end() <= period.end());
            found.add(period);
        }
    }

    private static Month month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(lower) || full.startsWith(lower) && lower.length() >= 3) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String monthNames() {
        StringBuilder names = new StringBuilder();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            names.append(names.isEmpty() ? "" : "|").append(full).append('|').append(full, 0, 3);
        }
        return names.append("|Sept").toString();
    }
}
