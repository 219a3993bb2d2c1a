package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an entity was linked to a Wikidata item, so that a user can audit the link: the rule that decided,
 * its score, the quality and source of the id, and the other candidates that were weighed.
 *
 * <pre>{@code
 * new LinkEvidence("place-in-named-country", 0.9, IdQuality.SINGLE, "dr5hn:cities/AM.json@7fda0af",
 *         List.of("Q123"), "the article names Armenia");
 * }</pre>
 *
 * @param rule       the decision rule
 * @param score      from 0 to 1: how clearly the evidence decided
 * @param quality    how well the id is attested
 * @param source     the source of the id
 * @param competitors the ids of the other candidates weighed, in the order of their scores
 * @param reason     the evidence, in words
 */
public record LinkEvidence(String rule, double score, IdQuality quality, String source, List<String> competitors,
        String reason) implements Serializable {
    /** Below this score a link that had competitors is a close call, shown by {@code review --links}. */
    public static final double CLEAR = 0.8;

    public LinkEvidence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        competitors = List.copyOf(competitors);
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }

    /** Whether another candidate came close: a link a curator should look at. */
    public boolean closeCall() {
        return !competitors.isEmpty() && score < CLEAR;
    }

}
