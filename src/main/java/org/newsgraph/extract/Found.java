package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.gazetteer.Entity;

/**
 * An entity the gazetteer does not know, found in an article by the shape of the text, with
 * how it was found and how sure that finding is.
 *
 * <pre>{@code
 * Found f = new Found(PersonFinder.person("Albin Kurti"), "person-title", 0.9);
 * }</pre>
 *
 * @param entity     the entity (no Wikidata link)
 * @param rule       the rule that found it
 * @param confidence from 0 to 1: how likely the finding is right
 */
public record Found(Entity entity, String rule, double confidence) {
    public Found {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], got " + confidence);
        }
    }

    /** The same finding, its entity with one more alias. */
    public Found withAlias(String alias) {
        return new Found(entity.withAlias(alias), rule, confidence);
    }
}
