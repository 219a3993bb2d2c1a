package org.newsgraph.link;

import java.util.Objects;
import java.util.Set;
import org.newsgraph.gazetteer.Entity;

/**
 * A Wikidata item whose English label or alias equals the name looked up, with what the scorer
 * needs to know about it.
 *
 * <pre>{@code
 * Candidate yerevan = new Candidate("Q1953", "Yerevan", true, Set.of("Q515"), Set.of("Q399"), true);
 * }</pre>
 *
 * @param qid         its Wikidata id
 * @param label       its English {@code rdfs:label}, or "" when it has none
 * @param byLabel     true when its English label equals the name, false when only an English
 *                    {@code skos:altLabel} does
 * @param classes     its {@code wdt:P31} (instance of) values, as Wikidata ids
 * @param countries   its {@code wdt:P17} (country) and {@code wdt:P27} (citizenship) values
 * @param settlement  true when it is an instance of a city, town or human settlement or of a
 *                    subclass of one ({@code wdt:P31/wdt:P279*})
 */
public record Candidate(String qid, String label, boolean byLabel, Set<String> classes, Set<String> countries,
        boolean settlement) {
    public Candidate {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        if (!Entity.QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("bad Wikidata id " + qid);
        }
        classes = Set.copyOf(classes);
        countries = Set.copyOf(countries);
    }

    /** The numeric part of the id, to sort items as Wikidata numbers them. */
    public long number() {
        return Long.parseLong(qid.substring(1));
    }
}
