package org.cooperationatlas.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A publication that backs records and figures: one article can support many of both. */
@Entity
@Audited
public class Source {

    public static final int PUBLISHER_MAX_LENGTH = 200;
    public static final int TITLE_MAX_LENGTH = 300;
    public static final int URL_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{source.publisher.required}")
    @Size(max = PUBLISHER_MAX_LENGTH)
    private String publisher;

    @NotBlank(message = "{source.title.required}")
    @Size(max = TITLE_MAX_LENGTH)
    private String title;

    @NotNull(message = "{source.published.required}")
    private LocalDate publishedOn;

    @Size(max = URL_MAX_LENGTH)
    @Pattern(regexp = "^$|https?://\\S+", message = "{source.url.invalid}")
    private String url;

    @NotBlank(message = "{source.language.required}")
    @Size(max = 16)
    private String language = "en";

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null || url.isBlank() ? null : url.trim();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public long getVersion() {
        return version;
    }

    /** Publisher, date and title: how a reader recognises a source in a list. */
    public String label() {
        return publisher + ", " + publishedOn + ": " + title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
