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

    /** How to fix an id that {@link #idProblem} refuses. */
    static final String ID_FORM = "give the article an id of at most " + ArticleLoader.MAX_ID_LENGTH
            + " printable characters";

    /**
     * Why {@code id} cannot name an article, or empty when it can: an id is part of every IRI of
     * its article and of one-line messages, so it holds no control character, is valid Unicode
     * and is at most {@link ArticleLoader#MAX_ID_LENGTH} characters long.
     */
    static Optional<String> idProblem(String id) {
        if (id.length() > ArticleLoader.MAX_ID_LENGTH) {
            return Optional.of("the id \"" + shown(id.substring(0, 40)) + "…\" is longer than "
                    + ArticleLoader.MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of(String.format(Locale.ROOT, "the id \"%s\" holds a control character (U+%04X)",
                        shown(id), (int) c));
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < id.length()
                    && Character.isLowSurrogate(id.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT, "the id \"%s\" is not valid Unicode (a lone surrogate "
                        + "U+%04X)", shown(id), (int) c));
            }
        }
        return Optional.empty();
    }

    /** {@code s} for a one-line message: control characters and lone surrogates written as escapes. */
    static String shown(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) && !paired) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text holds a letter in any script: without one there is no sentence to find. */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
