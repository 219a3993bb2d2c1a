package org.newsgraph.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.csv.CsvRow;
import org.newsgraph.csv.CsvTable;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;

/**
 * The links file ({@code data/links/wikidata-links.csv}): every candidate of every entity looked
 * up, one row each, with the columns {@link #COLUMNS}. {@code score} has three decimals,
 * {@code accepted} is {@code true} or {@code false}, {@code date} is the ISO day the answer was
 * fetched. At most one row per entity is accepted; {@link #read} returns those.
 *
 * <pre>{@code
 * LinksFile.write(Path.of("data/links/wikidata-links.csv"), rows);
 * Map<String, LinkDecision> links = LinksFile.read(Path.of("data/links/wikidata-links.csv"));
 * links.get("goris").qid();   // "Q1000"
 * }</pre>
 */
public final class LinksFile {
    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("entity", "label", "kind", "candidate", "candidate_label",
            "score", "accepted", "date", "endpoint");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private LinksFile() {
    }

    /** Writes {@code rows}, in their order, replacing the file in one rename. */
    public static void write(Path file, List<LinkRow> rows) {
        Path absolute = file.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try {
            Files.createDirectories(absolute.getParent());
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
                for (LinkRow r : rows) {
                    csv.printRecord(r.entity(), r.label(), r.kind().label(), r.candidate(), r.candidateLabel(),
                            score(r.score()), r.accepted(), r.date(), r.endpoint());
                }
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Locations.describe(file) + ": cannot write the links file (" + e.getMessage()
                    + "); choose a writable --links file", e);
        }
    }

    /** A score as written: three decimals, a point, no exponent. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    /**
     * The accepted links of the file: entity id to its link, in file order. Every row is checked;
     * a bad one stops the reading with the file and line.
     *
     * @throws InputException when the file is missing, is not CSV with {@link #COLUMNS}, or a row has
     *                        a bad entity id, kind, Wikidata id, score, accepted flag or date, or
     *                        accepts a second candidate for an entity
     */
    public static Map<String, LinkDecision> read(Path file) {
        Map<String, LinkDecision> links = new LinkedHashMap<>();
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
                links.put(entity, new LinkDecision(qid, score, date, endpoint));
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
