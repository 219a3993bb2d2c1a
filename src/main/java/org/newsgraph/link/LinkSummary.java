package org.newsgraph.link;

import java.util.List;

/**
 * What a link run did: the rows it wrote and the counts the command prints.
 *
 * <pre>{@code
 * LinkSummary summary = linker.link(entities);
 * LinksFile.write(Path.of("data/links/wikidata-links.csv"), summary.rows());
 * }</pre>
 *
 * @param rows         one row per candidate, by entity id, then highest score first
 * @param entities     the entities looked up
 * @param candidates   the candidates found (all of them, accepted or not)
 * @param accepted     the links accepted
 * @param cachedAnswers the answers taken from the cache
 * @param fetchedAnswers the answers fetched from the endpoint
 */
public record LinkSummary(List<LinkRow> rows, int entities, int candidates, int accepted, int cachedAnswers,
        int fetchedAnswers) {
    public LinkSummary {
        rows = List.copyOf(rows);
    }
}
