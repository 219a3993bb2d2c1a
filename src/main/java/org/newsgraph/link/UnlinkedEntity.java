package org.newsgraph.link;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;

/**
 * An entity of a built dataset that has no {@code owl:sameAs} to Wikidata yet: what a lookup needs
 * to know about it.
 *
 * <pre>{@code
 * UnlinkedEntity goris = new UnlinkedEntity("goris", Kind.SETTLEMENT, "Goris", "Q399");
 * }</pre>
 *
 * @param id         the entity id (the last part of its IRI), as in the gazetteer
 * @param kind       what sort of thing it is
 * @param label      its {@code rdfs:label}
 * @param countryQid the Wikidata id of its country (a place's or body's country, a person's
 *                   citizenship), or null when it has none or that country is not linked
 */
public record UnlinkedEntity(String id, Kind kind, String label, String countryQid) {
    public UnlinkedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (countryQid != null && !Entity.QID.matcher(countryQid).matches()) {
            throw new IllegalArgumentException("bad Wikidata id " + countryQid);
        }
    }

    public Optional<String> countryIfKnown() {
        return Optional.ofNullable(countryQid);
    }
}
