package org.newsgraph.gazetteer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How well an open-data row's Wikidata id is attested, which decides whether newsgraph links it: ids that
 * two independent sources confirm are linked; single-source ids are linked as their source's claim and
 * marked so; conflicting ids never (they are listed for curation).
 */
public enum IdQuality {
    /** Two independent sources give the same id. */
    CONFIRMED,
    /** One source gives the id. */
    SINGLE,
    /** Sources give different ids: never linked. */
    CONFLICT,
    /** No source gives an id. */
    NONE;

    /** The value of the {@code id_quality} column and of {@code ng:idQuality}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an id of this quality may be linked. */
    public boolean linkable() {
        return this == CONFIRMED || this == SINGLE;
    }

    /** The quality named by a column value. */
    public static Optional<IdQuality> parse(String label) {
        return Arrays.stream(values()).filter(q -> q.label().equals(label)).findFirst();
    }
}
