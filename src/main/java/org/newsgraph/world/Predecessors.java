package org.newsgraph.world;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.model.Mention;

/**
 * States that another state was before a date ({@code predecessor-states.csv}): an article published before
 * Russia succeeded the Soviet Union means the Soviet Union by "Russia" and "Russian" ("two Russian divisions"
 * in a report of 1956). A mention of the successor in an article of an earlier date is the predecessor's; an
 * article without a date is left as it is.
 *
 * <pre>{@code
 * Predecessors states = Predecessors.load(rules.resolve("predecessor-states.csv"));
 * List<Mention> mentions = states.apply(mentions, published);
 * }</pre>
 */
public final class Predecessors {
    private record Succession(LocalDate since, String predecessor) {
    }

    private final Map<String, Succession> bySuccessor;

    private Predecessors(Map<String, Succession> bySuccessor) {
        this.bySuccessor = Map.copyOf(bySuccessor);
    }

    /** Reads the file: columns {@code state} (the successor's id), {@code since} (ISO date), {@code predecessor}. */
    public static Predecessors load(Path file) {
        Map<String, Succession> rows = new HashMap<>();
        for (CsvRow row : CsvTable.read(file, List.of("state", "since", "predecessor"), List.of())) {
            LocalDate since;
            try {
                since = LocalDate.parse(row.required("since"));
            } catch (DateTimeParseException e) {
                throw row.error("write column since as a date YYYY-MM-DD");
            }
            rows.put(row.required("state"), new Succession(since, row.required("predecessor")));
        }
        return new Predecessors(rows);
    }

    /** The mentions with each one of a successor named before its date made its predecessor's. */
    public List<Mention> apply(List<Mention> mentions, LocalDate published) {
        if (published == null || bySuccessor.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Succession s = bySuccessor.get(m.entityId());
            out.add(s != null && published.isBefore(s.since()) ? m.withEntity(s.predecessor()) : m);
        }
        return out;
    }
}
