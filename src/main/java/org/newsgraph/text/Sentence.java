package org.newsgraph.text;

import java.util.Objects;

/**
 * One sentence (or headline, bullet, dateline line) of a normalised article.
 *
 * <pre>{@code
 * Sentence s = sentences.get(0);
 * s.text().equals(normalized.text().substring(s.start(), s.end()));   // true
 * }</pre>
 *
 * @param index 1-based position in the article
 * @param start first character, in the normalised text
 * @param end   one past the last character, in the normalised text
 * @param text  the sentence's normalised text
 */
public record Sentence(int index, int start, int end, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 1) {
            throw new IllegalArgumentException("sentence index starts at 1, got " + index);
        }
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") does not fit text of length "
                    + text.length());
        }
    }
}
