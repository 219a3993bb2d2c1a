package org.newsgraph.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * The Wikidata links that {@code newsgraph link} accepted ({@code data/links/wikidata-links.csv}),
 * read and checked row by row: the one reader of that file, for the build (an entity without a
 * confirmed id in the gazetteer gets the accepted candidate, with the score, day and endpoint of the
 * answer as its source) and for the link command alike.
 *
 * <pre>{@code
 * Map<String, AcceptedLinks.Link> links = AcceptedLinks.read(Path.of("data/links/wikidata-links.csv"));
 * }</pre>
 */
public final class AcceptedLinks {
    /** The columns of the links file. */
    public static final List<String> COLUMNS = List.of("entity", "label", "kind", "candidate", "candidate_label",
            "score", "accepted", "date", "endpoint");

    private AcceptedLinks() {
    }

    /**
     * An accepted link.
     *
     * @param qid      the Wikidata item
     * @param score    the candidate's score, 0 to 1
     * @param date     the day the answer was fetched
     * @param endpoint the endpoint that answered
     */
    public record Link(String qid, double score, LocalDate date, String endpoint) {
        public Link {
            Objects.requireNonNull(qid, "qid");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(endpoint, "endpoint");
        }

        /** The source recorded with the link in the graph. */
        public String source() {
            return String.format(Locale.ROOT, "newsgraph link: candidate %s, score %.3f, fetched %s from %s", qid, score,
                    date, endpoint);
        }
    }

    /** Entity id to accepted link; an empty map when the file does not exist. */
    public static Map<String, Link> read(Path file) {
        return Files.exists(file) ? require(file) : Map.of();
    }

    /**
     * The accepted links of the file: entity id to its link, in file order. Every row is checked;
     * a bad one stops the reading with the file and line.
     *
     * @throws org.newsgraph.InputException when the file is missing, is not CSV with {@link #COLUMNS},
     *         or a row has a bad entity id, kind, Wikidata id, score, accepted flag or date, or accepts a
     *         second candidate for an entity
     */
    public static Map<String, Link> require(Path file) {
        Map<String, Link> links = new LinkedHashMap<>();
        Map<String, Long> acceptedAt = new HashMap<>();
        for (CsvRow row : CsvTable.read(file, COLUMNS, List.of())) {
            String entity = row.required("entity");
            if (!Entity.ID.matcher(entity).matches()) {
                throw row.error("the entity \"" + entity + "\" is not an entity id (lowercase letters, digits and "
                        + "single hyphens, like nikol-pashinyan); fix the row or run `newsgraph link` again");
            }
            String kind = row.required("kind");
            if (Kind.parse(kind).isEmpty()) {
                throw row.error("unknown kind \"" + kind + "\"; use one of " + Kind.labels());
            }
            String qid = row.required("candidate");
            if (!Entity.QID.matcher(qid).matches()) {
                throw row.error("expected a Wikidata id like Q123 in column candidate, found \"" + qid + "\"");
            }
            double score = score(row);
            boolean accepted = accepted(row);
            LocalDate date = date(row);
            String endpoint = row.required("endpoint");
            if (accepted) {
                Long earlier = acceptedAt.putIfAbsent(entity, row.line());
                if (earlier != null) {
                    throw row.error("a second accepted link for \"" + entity + "\" (the first is on line " + earlier
                            + "); accept at most one candidate per entity");
                }
                links.put(entity, new Link(qid, score, date, endpoint));
            }
        }
        return Collections.unmodifiableMap(links);
    }

    private static double score(CsvRow row) {
        String cell = row.required("score");
        try {
            double score = Double.parseDouble(cell);
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other bad values
        }
        throw row.error("expected a score from 0 to 1 like 0.800, found \"" + cell + "\"");
    }

    private static boolean accepted(CsvRow row) {
        String cell = row.required("accepted");
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw row.error("expected true or false in column accepted, found \"" + cell + "\"");
        };
    }

    private static LocalDate date(CsvRow row) {
        String cell = row.required("date");
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw row.error("expected an ISO date like 2025-01-31 in column date, found \"" + cell + "\"");
        }
    }
}
