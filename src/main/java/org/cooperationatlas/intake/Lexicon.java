package org.cooperationatlas.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** A language's words for what the intake reads, from its properties file: key, then phrases separated by |. */
final class Lexicon {

    private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

    private final Map<String, List<String>> entries = new LinkedHashMap<>();

    private Lexicon(Properties properties) {
        properties.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> entries.put(
                        key,
                        Arrays.stream(properties.getProperty(key).split("\\|"))
                                .map(String::strip)
                                .filter(p -> !p.isEmpty())
                                .map(phrase -> phrase.toLowerCase(Locale.ROOT))
                                .toList()));
    }

    static synchronized Lexicon of(Language language) {
        return LOADED.computeIfAbsent(language, Lexicon::load);
    }

    private static Lexicon load(Language language) {
        String name = "/intake/lexicon_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Lexicon(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kinds from the most to the least specific: a sentence about a fugitive hunt "operation" is a hunt. */
    static List<org.cooperationatlas.record.RecordKind> kindOrder() {
        return List.of(
                org.cooperationatlas.record.RecordKind.FUGITIVE_REPATRIATION,
                org.cooperationatlas.record.RecordKind.PEACEKEEPING_DEPLOYMENT,
                org.cooperationatlas.record.RecordKind.JOINT_PATROL,
                org.cooperationatlas.record.RecordKind.MULTILATERAL_CAMPAIGN,
                org.cooperationatlas.record.RecordKind.TRAINING_EXCHANGE,
                org.cooperationatlas.record.RecordKind.AGREEMENT_PROGRAMME,
                org.cooperationatlas.record.RecordKind.JOINT_OPERATION);
    }

    List<String> list(String key) {
        return entries.getOrDefault(key, List.of());
    }

    /** The entries under a prefix ("qualifier." gives NEARLY, ABOUT, …), by what follows the prefix. */
    Map<String, List<String>> group(String prefix) {
        Map<String, List<String>> group = new LinkedHashMap<>();
        entries.forEach((key, phrases) -> {
            if (key.startsWith(prefix)) {
                group.put(key.substring(prefix.length()), phrases);
            }
        });
        return group;
    }

    /** Each phrase of a group with the value it stands for: "suspects" gives PEOPLE. */
    Map<String, String> wordsByValue(String prefix) {
        Map<String, String> words = new java.util.HashMap<>();
        group(prefix).forEach((value, phrases) -> phrases.forEach(phrase -> words.putIfAbsent(phrase, value)));
        return words;
    }

    /** Phrases of a group, each with the value it stands for, for one matcher. */
    Phrases phrases(String prefix, Language language) {
        return new Phrases(group(prefix), language);
    }
}
