package org.newsgraph.eval;

import java.util.List;
import java.util.Set;

/**
 * What the queries predict over the built dataset.
 *
 * <pre>{@code
 * Predictions p = new Predictions(Set.of("a1"), List.of(entity), List.of(relation), List.of());
 * }</pre>
 *
 * @param articles  the ids of the articles in the dataset
 * @param entities  the entities per article
 * @param relations the relations, mapped to gold predicates, without duplicates
 * @param notes     remarks for the user, e.g. a query file that does not exist yet
 */
public record Predictions(Set<String> articles, List<PredictedEntity> entities, List<PredictedRelation> relations,
        List<String> notes) {
    public Predictions {
        articles = Set.copyOf(articles);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        notes = List.copyOf(notes);
    }
}
