package org.newsgraph.workbench;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Who says what: the pairs of claims of {@code queries/disagreements.rq} side by side, each side blaming
 * the other, each claim with its claimant, the party it accuses, its article and its sentence.
 *
 * <pre>{@code
 * String page = DisagreementsPage.render(queries);
 * }</pre>
 */
final class DisagreementsPage {
    /** One side of a disagreement. */
    record Side(String claimant, String claimantLabel, String accused, String accusedLabel, String claim, String articleId,
            String sentence) {
    }

    /** Two claims blaming each other's side. */
    record Pair(Side first, Side second) {
    }

    private DisagreementsPage() {
    }

    /** The pairs of one page, and one more when there is a next page. */
    static List<Pair> pairs(WorkbenchQueries queries, Paging paging) {
        return queries.select(WorkbenchQueries.shared("disagreements"), Map.of(), paging.fetch(), paging.offset()).stream()
                .map(r -> new Pair(side(queries, r, "1"), side(queries, r, "2"))).toList();
    }

    private static Side side(WorkbenchQueries queries, Row r, String n) {
        String article = r.text("article" + n);
        String claim = r.text("claim" + n);
        List<Row> sentence = queries.select("claim-sentence", Map.of("id", ResourceFactory.createStringLiteral(article),
                "claim", ResourceFactory.createStringLiteral(claim)));
        return new Side(r.iri("claimant" + n), r.text("claimant" + n + "Label"), r.iri("accused" + n),
                r.text("accused" + n + "Label"), claim, article, sentence.isEmpty() ? "" : sentence.get(0).text("sentence"));
    }

    static String render(WorkbenchQueries queries, Paging paging) {
        List<Pair> found = pairs(queries, paging);
        boolean more = found.size() > Paging.SIZE;
        List<Pair> pairs = more ? found.subList(0, Paging.SIZE) : found;
        return Layout.page("Who says what", html -> {
            html.element("h1", "Who says what");
            html.element("p", "Claims that contradict each other: each side blames the other. A claim is its "
                    + "claimant's word, not an established fact.", "class", "hint");
            if (pairs.isEmpty()) {
                html.element("p", paging.page() == 1 ? "No two claims in this dataset blame each other." : "No more pairs.");
            }
            html.open("ol", "class", "pairs");
            for (Pair pair : pairs) {
                html.open("li", "class", "pair");
                writeSide(html, pair.first());
                html.element("p", "versus", "class", "versus");
                writeSide(html, pair.second());
                html.close();
            }
            html.close();
            paging.write(html, Links.DISAGREEMENTS, more);
        });
    }

    private static void writeSide(Html html, Side side) {
        html.open("div", "class", "side").open("p", "class", "who")
                .link(Links.entity(side.claimant()), side.claimantLabel()).text(" accuses ")
                .link(Links.entity(side.accused()), side.accusedLabel()).close()
                .open("p", "class", "claim").element("q", side.claim()).close();
        if (!side.sentence().isEmpty()) {
            html.element("blockquote", side.sentence(), "class", "evidence");
        }
        html.open("p", "class", "source").text("in ").link(Links.article(side.articleId()), side.articleId()).close().close();
    }
}
