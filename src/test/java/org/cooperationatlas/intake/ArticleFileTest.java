package org.cooperationatlas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleFileTest {

    @Test
    void a_web_page_gives_its_article_text_and_its_title_publisher_date_and_address() {
        String page = """
                <html><head><title>Ignored when og:title is there</title>
                <meta property="og:title" content="Police rescue 42 women">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2018-03-04T08:30:00+08:00">
                <link rel="canonical" href="https://example.org/news/42">
                <script>var tracking = 1;</script></head>
                <body><nav><a href="/">Home</a></nav>
                <article><h1>Police rescue 42 women</h1><p>Police rescued 42 women in 2018.</p>
                <p>Officers arrested 7 suspects.</p></article><footer>Contact us</footer></body></html>
                """;

        ArticleFile file = ArticleFile.read("rescue.html", page.getBytes(StandardCharsets.UTF_8));

        assertThat(file.title()).isEqualTo("Police rescue 42 women");
        assertThat(file.publisher()).isEqualTo("Example Daily");
        assertThat(file.published()).isEqualTo(LocalDate.of(2018, 3, 4));
        assertThat(file.url()).isEqualTo("https://example.org/news/42");
        assertThat(file.text())
                .isEqualTo("Police rescue 42 women\n\nPolice rescued 42 women in 2018.\n\n"
                        + "Officers arrested 7 suspects.")
                .doesNotContain("Home")
                .doesNotContain("tracking");
    }

    @Test
    void a_text_file_is_its_text() {
        ArticleFile file =
                ArticleFile.read("note.txt", "\uFEFFPolice arrested 7 suspects.".getBytes(StandardCharsets.UTF_8));

        assertThat(file.text()).isEqualTo("Police arrested 7 suspects.");
        assertThat(file.title()).isNull();
    }
}
