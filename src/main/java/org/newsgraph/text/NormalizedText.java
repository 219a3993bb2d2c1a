package org.newsgraph.text;

import java.util.Objects;

/**
 * An article's text after normalisation, with the way back to the original: every span found
 * in {@link #text()} can be turned into the span of the original text it came from.
 *
 * <pre>{@code
 * NormalizedText n = normalizer.normalize("the U. S. said");
 * n.text();                 // "the U.S. said"
 * n.originalStart(4);       // 4
 * n.originalEnd(8);         // 9: "U.S." covers "U. S." in the original
 * }</pre>
 *
 * @param original the text as read from the article file
 * @param text     the normalised text
 * @param map      normalised positions to original positions
 */
public record NormalizedText(String original, String text, OffsetMap map) {

    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        if (map.length() != text.length()) {
            throw new IllegalArgumentException("offset map covers " + map.length() + " characters, text has "
                    + text.length());
        }
    }

    /** A text that needed no repair. */
    public static NormalizedText unchanged(String text) {
        return new NormalizedText(text, text, OffsetMap.identity(text.length()));
    }

    /** Original position (UTF-16 index) of a span starting at normalised position {@code i}. */
    public int originalStart(int i) {
        return map.start(i);
    }

    /** Original position (UTF-16 index) of a span ending at normalised position {@code i}. */
    public int originalEnd(int i) {
        return map.end(i);
    }
}
