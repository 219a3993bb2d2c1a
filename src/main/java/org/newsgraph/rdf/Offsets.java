package org.newsgraph.rdf;

import org.newsgraph.text.NormalizedText;

/**
 * Turns positions in an article's normalised text (UTF-16 indexes) into offsets in its original
 * text counted in Unicode code points, as the graph records them.
 *
 * <pre>{@code
 * Offsets offsets = new Offsets(annotated.normalized());
 * int start = offsets.start(mention.start());
 * }</pre>
 */
final class Offsets {
    private final NormalizedText text;
    private final boolean bmpOnly;

    Offsets(NormalizedText text) {
        this.text = text;
        String original = text.original();
        this.bmpOnly = original.codePointCount(0, original.length()) == original.length();
    }

    /** The original code-point offset of a span starting at normalised position {@code normalized}. */
    int start(int normalized) {
        return codePoints(text.originalStart(normalized));
    }

    /** The original code-point offset of a span ending at normalised position {@code normalized}. */
    int end(int normalized) {
        return codePoints(text.originalEnd(normalized));
    }

    /** The original text of a normalised span. */
    String originalText(int normalizedStart, int normalizedEnd) {
        return text.original().substring(text.originalStart(normalizedStart), text.originalEnd(normalizedEnd));
    }

    private int codePoints(int utf16) {
        return bmpOnly ? utf16 : text.original().codePointCount(0, utf16);
    }
}
