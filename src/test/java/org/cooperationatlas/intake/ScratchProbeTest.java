package org.cooperationatlas.intake;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ScratchProbeTest {
    @Autowired
    ArticleAnalyzer analyzer;

    @Autowired
    ChineseWords words;

    @Test
    void probe() {
        for (String s : System.getProperty("probe", "").split("\\|\\|")) {
            System.out.println("PROBE " + s + " -> " + words.of(s));
            analyzer.analyze(s, LocalDate.of(2017, 9, 27))
                    .records()
                    .forEach(r -> System.out.println(
                            "PROBE   " + r.kind() + " " + r.lead() + " " + r.partners() + " " + r.places()));
        }
    }
}
