package org.newsgraph.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.csv.CsvRow;
import org.newsgraph.csv.CsvTable;

/**
 * The Wikidata links that {@code newsgraph link} accepted ({@code data/links/wikidata-links.csv}),
 * as the build uses them: an entity without a confirmed id in the gazetteer gets the accepted
 * candidate, with the score, day and endpoint of the answer as its source. Only rows with
 * {@code accepted} true count; the file is checked row by row.
 *
 * <pre>{@code
 * Map<String, AcceptedLinks.Link> links = AcceptedLinks.read(Path.of("data/links/wikidata-links.csv"));
 * }</pre>
 */
public final class AcceptedLinks {
    private AcceptedLinks() {
    }

    /**
     * An accepted link.
     *
     * @param qid      the Wikidata item
     * @param score    the candidate's score
     * @param date     the day the answer was fetched
     * @param endpoint the endpoint that answered
     */
    public record Link(String qid, String score, LocalDate date, String endpoint) {
        public Link {
            Objects.requireNonNull(qid, "qid");
        }

        /** The source recorded with the link in the graph. */
        public String source() {
            return "newsgraph link: candidate " + qid + ", score " + score + ", fetched " + date + " from " + endpoint;
        }
    }

    /** Entity id to accepted link; an empty map when the file does not exist. */
    public static Map<String, Link> read(Path file) {
        Map<String, Link> links = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return links;
        }
        for (CsvRow row : CsvTable.read(file, List.of("entity", "candidate", "score", "accepted", "date", "endpoint"),
                List.of("label", "kind", "candidate_label"))) {
            if (!row.required("accepted").equals("true")) {
                continue;
            }
            String qid = row.required("candidate");
            if (!Entity.QID.matcher(qid).matches()) {
                throw row.error("expected a Wikidata id like Q123 as candidate, found \"" + qid + "\"");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.required("date"));
            } catch (DateTimeParseException e) {
                throw row.error("the date \"" + row.get("date") + "\" is not a date like 2026-11-22");
            }
            if (links.put(row.required("entity"), new Link(qid, row.required("score"), date, row.required("endpoint")))
                    != null) {
                throw row.error("a second accepted link for \"" + row.get("entity") + "\"; accept one candidate per entity");
            }
        }
        return links;
    }
}
