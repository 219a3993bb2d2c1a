package org.newsgraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the metadata values every source shares (manifest, HTML pages, batch records): a date is
 * an ISO date or date-time, an address is an absolute http(s) URL.
 *
 * <pre>{@code
 * MetadataValues.date("2022-09-13T08:30:00Z");            // 2022-09-13
 * MetadataValues.urlProblem("example.org/1");             // Optional[not an absolute http(s) address]
 * }</pre>
 */
final class MetadataValues {
    /** How a bad date should be written instead. */
    static final String DATE_FORM = "a date like 2022-09-13";
    /** How a bad address should be written instead. */
    static final String URL_FORM = "write it like https://example.org/news/1, with spaces as %20";

    private MetadataValues() {
    }

    /**
     * The calendar date of an ISO date ({@code 2022-09-13}) or date-time ({@code 2022-09-13T08:30:00Z},
     * with or without offset); the date-time's own date, not converted to another zone.
     *
     * @throws DateTimeParseException when it is neither
     */
    static LocalDate date(String value) {
        String v = value.strip();
        try {
            return DateTimeFormatter.ISO_DATE.parse(v, LocalDate::from);
        } catch (DateTimeParseException e) {
            return DateTimeFormatter.ISO_DATE_TIME.parse(v, LocalDate::from);
        }
    }

    /** Why {@code url} is not an absolute http(s) address, or empty when it is one. */
    static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.of("not an absolute http(s) address");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason());
        }
    }

    /** Whether the text holds a letter in any script: without one there is no sentence to find. */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
