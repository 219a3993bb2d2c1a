package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of {@code conflicts.csv}: every place of quality {@code conflict}, with the ids its
 * sources claim and which source claims which.
 *
 * <pre>{@code
 * List<Conflict> rows = Conflicts.of(places);
 * }</pre>
 */
final class Conflicts {
    private Conflicts() {
    }

    static List<Conflict> of(List<Place> places) {
        return places.stream().filter(p -> p.quality() == IdQuality.CONFLICT).map(Conflicts::conflict)
                .sorted(Conflict.ORDER).toList();
    }

    private static Conflict conflict(Place p) {
        Set<String> ids = new TreeSet<>(Settlements.QID_ORDER);
        p.claims().forEach(c -> ids.add(c.qid()));
        List<String> parts = new ArrayList<>(p.claims().stream().map(Claim::toString).distinct().toList());
        if (!p.note().isEmpty()) {
            parts.add(p.note());
        }
        return new Conflict(p.kind(), p.label(), p.country(), List.copyOf(ids), String.join(" ; ", parts));
    }
}
