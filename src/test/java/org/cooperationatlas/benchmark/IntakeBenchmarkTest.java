package org.cooperationatlas.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.cooperationatlas.intake.Analysis;
import org.cooperationatlas.intake.ArticleAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** How long reading an article takes: the seed article, and a text of over 5,000 words. */
@Tag("benchmark")
@SpringBootTest
class IntakeBenchmarkTest {

    private static final int RUNS = 20;

    @Autowired
    ArticleAnalyzer analyzer;

    @Test
    void measure() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/intake/seed-article.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder longer = new StringBuilder();
        for (int year = 2001; longer.toString().split("\\s+").length < 5000; year++) {
            longer.append(seed.replace("2016", String.valueOf(year))).append("\n\n");
        }
        int words = longer.toString().split("\\s+").length;
        LocalDate published = LocalDate.of(2017, 9, 27);
        time("seed article (" + seed.split("\\s+").length + " words)", () -> analyzer.analyze(seed, published));
        time("a text of " + words + " words", () -> analyzer.analyze(longer.toString(), published));
    }

    private void time(String name, Supplier<Analysis> analysis) {
        for (int i = 0; i < 3; i++) {
            analysis.get();
        }
        long[] millis = new long[RUNS];
        int figures = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            figures = analysis.get().figures().size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println("| " + name + ", " + figures + " figures | " + millis[RUNS / 2] + " | "
                + millis[(int) Math.ceil(RUNS * 0.95) - 1] + " |");
    }
}
