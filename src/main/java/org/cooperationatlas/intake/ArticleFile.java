package org.cooperationatlas.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article as a file: plain text as it is, or a web page read with jsoup, which gives its text (paragraphs and
 * headings, without menus and scripts) and, from the page's metadata where present, its title, publisher,
 * publication date and address.
 */
public record ArticleFile(String text, String title, String publisher, LocalDate published, String url) {

    public static ArticleFile read(String fileName, byte[] bytes) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")
                || lower.endsWith(".htm")
                || content.stripLeading().startsWith("<")) {
            return html(content);
        }
        return new ArticleFile(content.replace("\uFEFF", ""), null, null, null, null);
    }

    static ArticleFile html(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, nav, header nav, footer, aside, form, noscript")
                .remove();
        Element body = page.selectFirst("article") != null ? page.selectFirst("article") : page.body();
        String text = body.select("h1, h2, h3, p, li, blockquote").stream()
                .map(Element::text)
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            text = body.text();
        }
        return new ArticleFile(
                text,
                first(page, "meta[property=og:title]", "content", page.title()),
                first(page, "meta[property=og:site_name], meta[name=publisher], meta[name=author]", "content", null),
                date(first(
                        page,
                        "meta[property=article:published_time], meta[name=date], meta[name=pubdate], "
                                + "meta[itemprop=datePublished], time[datetime]",
                        List.of("content", "datetime"))),
                first(page, "link[rel=canonical], meta[property=og:url]", List.of("href", "content")));
    }

    private static String first(Document page, String selector, String attribute, String fallback) {
        String found = first(page, selector, List.of(attribute));
        return found != null ? found : fallback == null || fallback.isBlank() ? null : fallback.strip();
    }

    private static String first(Document page, String selector, List<String> attributes) {
        for (Element element : page.select(selector)) {
            for (String attribute : attributes) {
                String value = element.attr(attribute);
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
