package org.newsgraph.link;

import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.gazetteer.Entity;

/**
 * An accepted link of the links file: the Wikidata item an entity is the same as, with the
 * candidate's score, the day the answer was fetched and the endpoint that gave it.
 *
 * <pre>{@code
 * LinkDecision goris = LinksFile.read(Path.of("data/links/wikidata-links.csv")).get("goris");
 * String iri = "http://www.wikidata.org/entity/" + goris.qid();
 * }</pre>
 *
 * @param qid      the Wikidata id, like Q1000
 * @param score    the candidate's score, 0 to 1
 * @param date     the day the endpoint's answer was fetched
 * @param endpoint the endpoint that answered
 */
public record LinkDecision(String qid, double score, LocalDate date, String endpoint) {
    public LinkDecision {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endpoint, "endpoint");
        if (!Entity.QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("bad Wikidata id " + qid);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score " + score + " is not in [0, 1]");
        }
    }
}
