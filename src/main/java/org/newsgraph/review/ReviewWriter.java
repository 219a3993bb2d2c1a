package org.newsgraph.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.io.SpreadsheetCells;

/**
 * Writes a review as CSV: the gazetteer's nine columns, then (unless only the gazetteer columns
 * are asked for) {@code count,articles,confidence,surfaces,examples,rule}. Lists within a cell
 * are separated by {@code " | "}, examples by {@code " || "}; lines end with {@code \n}.
 *
 * <p>A curator opens the review in a spreadsheet, and the examples are sentences of untrusted
 * articles: a cell that a spreadsheet would run as a formula ({@link SpreadsheetCells}) gets a
 * leading {@code '}. {@link UnknownEntityCollector} leaves out every label and alias that would
 * need one, so the gazetteer columns never do, and the rows load into the gazetteer as written.
 *
 * <pre>{@code
 * String csv = ReviewWriter.toCsv(review, false);
 * String rows = ReviewWriter.toCsv(review, true);   // ready to save in data/gazetteer/
 * }</pre>
 */
public final class ReviewWriter {
    /** The review columns that follow the gazetteer's. */
    public static final List<String> REVIEW_COLUMNS = List.of("count", "articles", "confidence", "surfaces",
            "examples", "rule");

    private static final String LIST = " | ";
    private static final String EXAMPLES = " || ";

    private ReviewWriter() {
    }

    /** The header of the full review CSV. */
    public static List<String> columns(boolean gazetteerFormat) {
        return gazetteerFormat ? GazetteerLoader.COLUMNS
                : Stream.concat(GazetteerLoader.COLUMNS.stream(), REVIEW_COLUMNS.stream()).toList();
    }

    /** The review as CSV text; with {@code gazetteerFormat}, only the gazetteer's columns. */
    public static String toCsv(Review review, boolean gazetteerFormat) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(columns(gazetteerFormat).toArray(String[]::new)).get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ReviewRow row : review.rows()) {
                printer.printRecord(cells(row, gazetteerFormat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a StringBuilder", e);
        }
        return out.toString();
    }

    private static List<String> cells(ReviewRow row, boolean gazetteerFormat) {
        Entity e = row.entity();
        List<String> cells = new ArrayList<>(List.of(e.id(), e.kind().label(), e.label(),
                String.join(LIST, e.aliases()), String.join(LIST, e.demonyms()), String.join(LIST, e.metonyms()),
                orEmpty(e.country()), orEmpty(e.wikidata()), orEmpty(e.source())));
        if (!gazetteerFormat) {
            cells.add(Integer.toString(row.count()));
            cells.add(Integer.toString(row.articles()));
            cells.add(String.format(Locale.ROOT, "%.2f", row.confidence()));
            cells.add(String.join(LIST, row.surfaces()));
            cells.add(String.join(EXAMPLES, row.examples()));
            cells.add(String.join(LIST, row.rules()));
        }
        return cells.stream().map(SpreadsheetCells::safe).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
