package org.cooperationatlas.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Which countries the world map can draw. Countries too small for the 1:110m borders, and territories the
 * data leaves out, are listed beside the map instead of being dropped without a word.
 */
@Component
public class CountryShapes {

    /** Served to the browser as a static file, so that it is fetched once and cached. */
    public static final String MAP_URL = "/geo/countries-110m.geo.json";

    public static final String MAP_NAME = "atlas-world";

    private final Set<String> drawn;

    CountryShapes(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("META-INF/resources" + MAP_URL).getInputStream()) {
            Set<String> names = new HashSet<>();
            for (JsonNode feature : json.readTree(in).path("features")) {
                names.add(feature.path("properties").path("name").asText());
            }
            drawn = Set.copyOf(names);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The world map's borders could not be read", unreadable);
        }
    }

    public boolean isDrawn(String iso2) {
        return drawn.contains(iso2);
    }
}
