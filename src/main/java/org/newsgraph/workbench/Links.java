package org.newsgraph.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The workbench's URLs, one per page: an entity by its IRI, an article by its identifier. Every
 * page is reachable from {@link #HOME} by links.
 *
 * <pre>{@code
 * Links.article("003_a97cd004bbf5f12d")   // "/workbench/article?id=003_a97cd004bbf5f12d"
 * Links.entity("https://w3id.org/newsgraph/id/entity/armenia")
 *     // "/workbench/entity?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fentity%2Farmenia"
 * }</pre>
 */
final class Links {
    /** The workbench's root, the search page. */
    static final String HOME = "/workbench/";
    static final String STYLE = HOME + "static/workbench.css";
    static final String DISAGREEMENTS = HOME + "disagreements";
    static final String TIMELINE = HOME + "timeline";
    static final String MAP = HOME + "map";

    private Links() {
    }

    static String search(String q) {
        return HOME + "?q=" + encode(q);
    }

    static String entity(String iri) {
        return HOME + "entity?iri=" + encode(iri);
    }

    static String graph(String iri) {
        return HOME + "graph?iri=" + encode(iri);
    }

    static String timeline(String iri) {
        return TIMELINE + "?iri=" + encode(iri);
    }

    static String article(String id) {
        return HOME + "article?id=" + encode(id);
    }

    /** A link to the sentence starting at {@code start} in the article page. */
    static String sentence(String articleId, long start) {
        return article(articleId) + "#s" + start;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
