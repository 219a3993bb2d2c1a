package org.newsgraph.model;

import java.util.Objects;

/**
 * A place in an article's normalised text that refers to a gazetteer entity.
 *
 * <pre>{@code
 * Mention m = new Mention(3, 120, 127, "Russian", "russia", MatchType.DEMONYM, "gazetteer-demonym");
 * m.rule();   // "gazetteer-demonym": the rule that found this mention (a row of data/rules/rule-ids.csv)
 * }</pre>
 *
 * @param sentence  1-based index of the sentence it is in
 * @param start     first character, in the normalised text
 * @param end       one past the last character
 * @param surface   the text as it stands in the normalised article
 * @param entityId  the entity referred to
 * @param matchType which of the entity's names it matched
 * @param rule      the rule that found it: {@code gazetteer-<match type>} for the gazetteer's names, else the
 *                  discovery or linking rule (ids in {@code data/rules/rule-ids.csv})
 */
public record Mention(int sentence, int start, int end, String surface, String entityId, MatchType matchType,
        String rule) {
    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start || end - start != surface.length()) {
            throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") for " + surface);
        }
    }

    /** A mention of a gazetteer name, found by the recogniser: rule {@code gazetteer-<match type>}. */
    public static Mention known(int sentence, int start, int end, String surface, String entityId, MatchType matchType) {
        return new Mention(sentence, start, end, surface, entityId, matchType, "gazetteer-" + matchType.label());
    }

    /** This mention, referring to {@code id} instead; the rule that found it stays. */
    public Mention withEntity(String id) {
        return new Mention(sentence, start, end, surface, id, matchType, rule);
    }

    /** This mention, as another name ({@code type}) of {@code id}; the rule that found it stays. */
    public Mention as(String id, MatchType type) {
        return new Mention(sentence, start, end, surface, id, type, rule);
    }
}
