package org.newsgraph.eval;

import java.util.Objects;

/**
 * One row of {@code entities.rq}: an entity an article mentions, as the pipeline sees it.
 *
 * <pre>{@code
 * new PredictedEntity("a1", PredictedValue.text("Armenia"), "Country", "Q399");
 * }</pre>
 *
 * @param article the article id
 * @param entity  the entity with its names
 * @param kind    the predicted kind (Country, Person, Organization, Settlement, Region)
 * @param qid     the linked Wikidata id like {@code Q399}, or "" when unlinked
 */
public record PredictedEntity(String article, PredictedValue entity, String kind, String qid) {
    public PredictedEntity {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        qid = qid == null ? "" : qid;
    }

    /** One line for reports. */
    public String describe() {
        return kind + " " + entity.label() + (qid.isEmpty() ? "" : " (" + qid + ")")
                + (entity.iri() == null ? "" : " <" + entity.iri() + ">");
    }
}
