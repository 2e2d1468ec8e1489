package org.cooperationatlas.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cooperationatlas.country.CountryNames;
import org.springframework.context.MessageSource;

/** Reads a choice (a kind, a unit, …) by its constant name or by its label in English or Chinese. */
final class EnumWords<E extends Enum<E>> {

    private final Map<String, E> byWord = new HashMap<>();

    EnumWords(Class<E> type, Function<E, String> messageKey, MessageSource messages) {
        for (E constant : type.getEnumConstants()) {
            byWord.put(CountryNames.fold(constant.name()), constant);
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                String label = messages.getMessage(messageKey.apply(constant), null, null, locale);
                if (label != null) {
                    byWord.putIfAbsent(CountryNames.fold(label), constant);
                }
            }
        }
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byWord.get(CountryNames.fold(text)));
    }
}
