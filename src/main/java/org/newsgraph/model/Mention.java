package org.newsgraph.model;

import java.util.Objects;

/**
 * A place in an article's normalised text that refers to a gazetteer entity.
 *
 * <pre>{@code
 * Mention m = new Mention(3, 120, 127, "Russian", "russia", MatchType.DEMONYM);
 * }</pre>
 *
 * @param sentence  1-based index of the sentence it is in
 * @param start     first character, in the normalised text
 * @param end       one past the last character
 * @param surface   the text as it stands in the normalised article
 * @param entityId  the entity referred to
 * @param matchType which of the entity's names it matched
 */
public record Mention(int sentence, int start, int end, String surface, String entityId, MatchType matchType) {
    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(matchType, "matchType");
        if (start < 0 || end <= start || end - start != surface.length()) {
            throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") for " + surface);
        }
    }
}
