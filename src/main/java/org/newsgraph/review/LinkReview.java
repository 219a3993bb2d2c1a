package org.newsgraph.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.io.SpreadsheetCells;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;

/**
 * The link decisions a curator should look at: close calls (linked, with other candidates weighed and a
 * score under {@link LinkEvidence#CLEAR}), refusals that weighed candidates, and entities recognised in
 * the open data whose id is not linked (sources in conflict, or a source not trusted alone). One row per
 * entity and decision, merged across articles.
 *
 * <pre>{@code
 * String csv = LinkReview.collect(annotatedArticles).csv();
 * }</pre>
 */
public final class LinkReview {
    /** The columns of the CSV. */
    public static final List<String> COLUMNS = List.of("entity", "label", "kind", "linked", "wikidata", "rule", "score",
            "id_quality", "candidates", "reason", "count", "articles", "surfaces");

    /**
     * One decision to look at.
     *
     * @param found    the entity and its evidence
     * @param articles the articles it was made in
     * @param surfaces how the articles wrote the name
     */
    public record Row(Found found, Set<String> articles, Set<String> surfaces, int count) {
    }

    private final List<Row> rows;

    private LinkReview(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The decisions of these articles that need a curator, most frequent first. */
    public static LinkReview collect(List<AnnotatedArticle> articles) {
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, Set<String>> in = new LinkedHashMap<>();
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            for (Found f : a.found()) {
                if (!needsLook(f)) {
                    continue;
                }
                String key = f.entity().id() + " " + f.link().rule();
                found.putIfAbsent(key, f);
                in.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.article().id());
                for (Mention m : a.mentions()) {
                    if (m.entityId().equals(f.entity().id())) {
                        surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.surface());
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        found.forEach((key, f) -> rows.add(new Row(f, in.get(key), surfaces.getOrDefault(key, Set.of()),
                counts.getOrDefault(key, 0))));
        rows.sort(Comparator.comparingInt((Row r) -> -r.count()).thenComparing(r -> r.found().entity().id()));
        return new LinkReview(rows);
    }

    /** Whether a decision is one to look at. */
    public static boolean needsLook(Found f) {
        LinkEvidence link = f.link();
        if (link == null) {
            return false;
        }
        boolean linked = f.entity().wikidata() != null;
        if (linked) {
            return link.closeCall();
        }
        return !link.competitors().isEmpty() || link.quality() != IdQuality.NONE;
    }

    /** The rows as CSV with a header (cells safe to open in a spreadsheet). */
    public String csv() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(COLUMNS.toArray(String[]::new))
                .get().print(out)) {
            for (Row r : rows) {
            Found f = r.found();
            LinkEvidence l = f.link();
            List<String> cells = List.of(f.entity().id(), f.entity().label(), f.entity().kind().label(),
                    Boolean.toString(f.entity().wikidata() != null), f.entity().wikidata() == null ? "" : f.entity().wikidata(),
                    l.rule(), f.entity().wikidata() == null ? "" : String.format(Locale.ROOT, "%.2f", l.score()),
                    l.quality() == IdQuality.NONE ? "" : l.quality().label(), String.join(" ", l.competitors()), l.reason(),
                    Integer.toString(r.count()), String.join(" ", r.articles()), String.join(" | ", r.surfaces()));
                csv.printRecord(cells.stream().map(SpreadsheetCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
