package org.newsgraph.workbench;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Who says what: the pairs of claims of {@code queries/disagreements.rq} side by side, each side blaming
 * the other, each claim with its claimant, the party it accuses, its article and its sentence. The query
 * answers one page of articles (the pairs whose claim 1 is in them); the page shows {@link Paging#SIZE} of
 * its pairs, with links to the next pairs and, after the last, to the next page of articles.
 *
 * <pre>{@code
 * String page = DisagreementsPage.render(queries, request.getParameter("offset"), request.getParameter("page"));
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

    private static final String QUERY = WorkbenchQueries.shared("disagreements");

    private DisagreementsPage() {
    }

    /** The pairs of one page, and one more when there is a next page. */
    static List<Pair> pairs(WorkbenchQueries queries, ArticlePaging at) {
        Paging paging = at.rows();
        return queries.select(QUERY, at.offset(), Map.of(), paging.fetch(), paging.offset()).stream()
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

    /** The page of the request's {@code offset} (articles) and {@code page} (pairs), each anything a request holds. */
    static String render(WorkbenchQueries queries, String offset, String page) {
        ArticlePaging at = ArticlePaging.of(offset, page, queries.articlesPerPage(QUERY));
        long articles = queries.articles();
        List<Pair> found = pairs(queries, at);
        boolean more = found.size() > Paging.SIZE;
        List<Pair> pairs = more ? found.subList(0, Paging.SIZE) : found;
        return Layout.page("Who says what", html -> {
            html.element("h1", "Who says what");
            html.element("p", "Claims that contradict each other: each side blames the other. A claim is its "
                    + "claimant's word, not an established fact.", "class", "hint");
            if (pairs.isEmpty()) {
                html.element("p", empty(at, articles));
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
            at.write(html, Links.DISAGREEMENTS, more, articles);
        });
    }

    private static String empty(ArticlePaging at, long articles) {
        if (at.rows().page() > 1 || at.offset() > 0 && at.offset() >= articles) {
            return "No more pairs.";
        }
        if (at.first() && at.offset() + at.size() >= articles) {
            return "No two claims in this dataset blame each other.";
        }
        return "No pair has its claim 1 in " + at.articles() + ".";
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
