package org.newsgraph.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its text; every field may be unknown.
 *
 * <pre>{@code
 * ArticleMetadata m = new ArticleMetadata("Clashes on the border", "Reuters", null,
 *         LocalDate.of(2022, 9, 13), List.of("Gabrielle Tétrault-Farber"));
 * }</pre>
 *
 * @param title     headline, or null
 * @param publisher who published it, or null
 * @param url       where it was published, or null
 * @param published publication date, or null
 * @param authors   bylines, possibly none
 */
public record ArticleMetadata(String title, String publisher, String url, LocalDate published, List<String> authors)
        implements Serializable {
    public ArticleMetadata {
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    }

    /** Metadata of an article that has no manifest row. */
    public static ArticleMetadata unknown() {
        return new ArticleMetadata(null, null, null, null, List.of());
    }

    public Optional<String> titleIfKnown() {
        return Optional.ofNullable(title);
    }

    public Optional<String> publisherIfKnown() {
        return Optional.ofNullable(publisher);
    }

    public Optional<String> urlIfKnown() {
        return Optional.ofNullable(url);
    }

    public Optional<LocalDate> publishedIfKnown() {
        return Optional.ofNullable(published);
    }
}
