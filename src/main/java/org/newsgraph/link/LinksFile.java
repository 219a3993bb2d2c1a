package org.newsgraph.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.gazetteer.AcceptedLinks;

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
    public static final List<String> COLUMNS = AcceptedLinks.COLUMNS;

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
     * The accepted links of the file: entity id to its link, in file order, read and checked by
     * {@link AcceptedLinks#require}, the file's one reader.
     */
    public static Map<String, LinkDecision> read(Path file) {
        Map<String, LinkDecision> links = new LinkedHashMap<>();
        AcceptedLinks.require(file).forEach((entity, link) ->
                links.put(entity, new LinkDecision(link.qid(), link.score(), link.date(), link.endpoint())));
        return Collections.unmodifiableMap(links);
    }
}
