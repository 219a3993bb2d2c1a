package org.newsgraph.link;

import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.gazetteer.Kind;

/**
 * One row of the links file: an entity, one of its candidates, the candidate's score and whether
 * it was accepted, and where and when the answer that named it was fetched.
 *
 * <pre>{@code
 * LinkRow row = new LinkRow("goris", "Goris", Kind.SETTLEMENT, "Q1000", "Goris", 1.0, true,
 *         LocalDate.of(2025, 1, 31), EndpointSource.WIKIDATA);
 * }</pre>
 *
 * @param entity         the entity id
 * @param label          the entity's label
 * @param kind           the entity's kind
 * @param candidate      the candidate's Wikidata id
 * @param candidateLabel the candidate's English label ("" when it has none)
 * @param score          the candidate's score, 0 to 1
 * @param accepted       whether it is the entity's link
 * @param date           the day the answer was fetched
 * @param endpoint       the endpoint that answered
 */
public record LinkRow(String entity, String label, Kind kind, String candidate, String candidateLabel, double score,
        boolean accepted, LocalDate date, String endpoint) {
    public LinkRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(candidateLabel, "candidateLabel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
