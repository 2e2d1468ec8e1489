package org.cooperationatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.peacekeeping.PersonnelType;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordStatus;
import org.junit.jupiter.api.Test;

/** Both languages hold every key, and every key the code asks for exists. */
class TranslationBundleTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\(|title = |labelKey\\s*=\\s*|section\\(|configureYear\\(\\w+, |enumSelect\\(\\w+, )\"([a-zA-Z][\\w.]*\\w)\"");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message = \"\\{([\\w.]+)}\"");

    @Test
    void english_and_chinese_bundles_have_the_same_keys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void every_key_used_in_the_code_and_every_enum_label_is_translated() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(LITERAL_KEY, code, used);
                collect(CONSTRAINT_KEY, code, used);
            }
        }
        for (Enum<?>[] values : new Enum<?>[][] {
            RecordKind.values(), CrimeArea.values(), RecordStatus.values(), Qualifier.values(), PersonnelType.values()
        }) {
            for (Enum<?> value : values) {
                String prefix = Character.toLowerCase(
                                value.getDeclaringClass().getSimpleName().charAt(0))
                        + value.getDeclaringClass().getSimpleName().substring(1);
                used.add(prefix.replace("recordKind", "kind").replace("recordStatus", "status") + "." + value.name());
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(keys).containsAll(used);
    }

    private static void collect(Pattern pattern, String code, Set<String> into) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
