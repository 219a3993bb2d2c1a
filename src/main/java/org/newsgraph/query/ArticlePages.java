package org.newsgraph.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;

/**
 * The pages of a competency query that answers one page of articles at a time. The queries whose rows
 * grow with the corpus ({@code entities.rq}, {@code mentions.rq}, {@code events.rq}, and
 * {@code disagreements.rq} by its claim 1) list what one page of articles says, the articles in the order
 * of their ids, chosen by a sub-select ending in a line
 * {@code LIMIT n OFFSET 0}: the first page as written; the next by another offset. A page takes about the
 * same time however large the corpus; a whole-corpus table (a CSV export) is written page after page,
 * whose rows follow each other in the order of the whole.
 *
 * <pre>{@code
 * int size = ArticlePages.size(text);                  // 1000, or 0 for a query that is not paged
 * String second = ArticlePages.page(text, size);       // the same query, for articles 1001 to 2000
 * long articles = ArticlePages.articles(dataset);      // how many pages there are to read
 * }</pre>
 */
public final class ArticlePages {
    private static final Pattern PAGE = Pattern.compile("(?m)^([ \\t]*LIMIT )(\\d+)( OFFSET )0([ \\t]*)$");
    private static final String COUNT = "PREFIX schema: <https://schema.org/> "
            + "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }";

    private ArticlePages() {
    }

    /** The articles a page of this query's text holds, or 0 when the query is not paged. */
    public static int size(String text) {
        Matcher m = PAGE.matcher(text);
        return m.find() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** This query's text for the page that starts after {@code offset} articles. */
    public static String page(String text, long offset) {
        Matcher m = PAGE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("the query has no page (a line LIMIT n OFFSET 0)");
        }
        return text.substring(0, m.start()) + m.group(1) + m.group(2) + m.group(3) + offset + m.group(4)
                + text.substring(m.end());
    }

    /** The articles of the dataset, as many as all pages together hold. */
    public static long articles(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryFactory.create(COUNT)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
