package org.newsgraph.opendata;

/**
 * A source's claim that a place has a Wikidata id, kept with a place that has several so that
 * {@code conflicts.csv} can say who claims what.
 *
 * @param source the source tag ({@code naturalearth:616052}, {@code dr5hn:cities/AM.json@7fda0af})
 * @param qid    the id it gives
 */
record Claim(String source, String qid) {

    /** Whether the claim is Natural Earth's. */
    boolean naturalEarth() {
        return source.startsWith(NaturalEarthRow.TAG);
    }

    @Override
    public String toString() {
        return source + " " + qid;
    }
}
