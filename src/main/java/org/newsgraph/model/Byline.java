package org.newsgraph.model;

import java.util.List;

/**
 * The entities of an article's metadata, as the byline stage resolved them.
 *
 * @param publisher the publisher's entity id, or null when the gazetteer does not know it
 * @param authors   the entity ids of the authors, in order, each once
 * @param found     the entities made from author names, not in the gazetteer
 */
public record Byline(String publisher, List<String> authors, List<Found> found) {
    public Byline {
        authors = List.copyOf(authors);
        found = List.copyOf(found);
    }

    /** No publisher, no authors. */
    public static Byline none() {
        return new Byline(null, List.of(), List.of());
    }
}
