package org.cooperationatlas.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.CountryNames;
import org.cooperationatlas.measure.Measures;
import org.springframework.context.MessageSource;

/** Reads a choice (a kind, a metric, a unit, …) by its code or by its name in English or Chinese. */
final class ChoiceWords<T> {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

    private final Map<String, T> byWord = new HashMap<>();

    private ChoiceWords() {}

    static <E extends Enum<E>> ChoiceWords<E> of(
            Class<E> type, Function<E, String> messageKey, MessageSource messages) {
        ChoiceWords<E> words = new ChoiceWords<>();
        for (E constant : type.getEnumConstants()) {
            words.add(constant.name(), constant);
            for (Locale locale : LANGUAGES) {
                words.add(messages.getMessage(messageKey.apply(constant), null, null, locale), constant);
            }
        }
        return words;
    }

    static ChoiceWords<Metric> metrics(Measures measures) {
        ChoiceWords<Metric> words = new ChoiceWords<>();
        for (Measures.MetricInfo info : measures.metricInfos()) {
            words.add(info.metric().code(), info.metric());
            for (Locale locale : LANGUAGES) {
                words.add(info.name(locale), info.metric());
            }
        }
        return words;
    }

    static ChoiceWords<Unit> units(Measures measures) {
        ChoiceWords<Unit> words = new ChoiceWords<>();
        for (Measures.UnitInfo info : measures.unitInfos()) {
            words.add(info.unit().code(), info.unit());
            for (Locale locale : LANGUAGES) {
                words.add(info.name(locale), info.unit());
            }
        }
        return words;
    }

    // The first meaning of a word stands: a code before a name, English before Chinese.
    private void add(String word, T choice) {
        if (word != null && !word.isBlank()) {
            byWord.putIfAbsent(CountryNames.fold(word), choice);
        }
    }

    Optional<T> find(String text) {
        return Optional.ofNullable(byWord.get(CountryNames.fold(text)));
    }
}
