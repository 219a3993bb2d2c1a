package org.newsgraph.model;

import java.io.Serializable;
import java.util.Objects;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.LinkEvidence;

/**
 * An entity the gazetteer does not know, found in an article by the shape of the text or in the open data,
 * with how it was found, how sure that finding is, and why it was linked to Wikidata when it was.
 *
 * <pre>{@code
 * Found f = new Found(PersonFinder.person("Albin Kurti"), "person-title", 0.9);
 * }</pre>
 *
 * @param entity     the entity (with its Wikidata id when linked)
 * @param rule       the rule that found it
 * @param confidence from 0 to 1: how likely the finding is right
 * @param link       why the entity was linked (or, when its id is not linked, what was weighed), or null
 */
public record Found(Entity entity, String rule, double confidence, LinkEvidence link) implements Serializable {
    public Found {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], got " + confidence);
        }
    }

    /** A finding without link evidence. */
    public Found(Entity entity, String rule, double confidence) {
        this(entity, rule, confidence, null);
    }

    /** Of two findings of one entity, the linked one, then the surer one, then the first. */
    public static Found stronger(Found a, Found b) {
        boolean aLinked = a.entity().wikidata() != null;
        boolean bLinked = b.entity().wikidata() != null;
        if (aLinked != bLinked) {
            return aLinked ? a : b;
        }
        return a.confidence() >= b.confidence() ? a : b;
    }

    /** The same finding, its entity with one more alias. */
    public Found withAlias(String alias) {
        return new Found(entity.withAlias(alias), rule, confidence, link);
    }
}
