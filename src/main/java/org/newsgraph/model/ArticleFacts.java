package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Facts.Relation;
import org.newsgraph.model.Facts.Structure;

/**
 * Everything the extractors found in one article.
 *
 * <pre>{@code
 * ArticleFacts facts = new FactExtractor(lexicon).extract(input);
 * facts.quotations().forEach(q -> System.out.println(q.speaker() + ": " + q.text()));
 * }</pre>
 *
 * @param structure   byline, credits and dateline
 * @param positions   titles held
 * @param relations   memberships, alliances, support, leadership, containment
 * @param quotations  quoted words
 * @param claims      attributed claims
 * @param events      events
 * @param casualties  casualty counts
 */
public record ArticleFacts(Structure structure, List<Position> positions, List<Relation> relations,
        List<Quotation> quotations, List<Claim> claims, List<Event> events, List<Casualties> casualties) {
    public ArticleFacts {
        Objects.requireNonNull(structure, "structure");
        positions = List.copyOf(positions);
        relations = List.copyOf(relations);
        quotations = List.copyOf(quotations);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        casualties = List.copyOf(casualties);
    }

    /** Nothing found. */
    public static ArticleFacts none() {
        return new ArticleFacts(Structure.none(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
