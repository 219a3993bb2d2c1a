package org.newsgraph.workbench;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The search page, the workbench's home: a form asking for a name, and the entities whose names
 * contain it (every entity when none is given) with kind, country, Wikidata item and number of
 * articles, most mentioned first ({@code workbench/queries/search.rq}).
 *
 * <pre>{@code
 * String page = SearchPage.render(queries, "pashinyan");
 * }</pre>
 */
final class SearchPage {
    /** One entity found. */
    record Hit(String iri, String label, String kind, String country, String countryLabel, String wikidata, long articles) {
    }

    private SearchPage() {
    }

    static List<Hit> find(WorkbenchQueries queries, String q) {
        return queries.select("search", Map.of("q", ResourceFactory.createStringLiteral(q))).stream()
                .map(r -> new Hit(r.iri("entity"), r.text("label"), r.text("kind"), r.iri("country"), r.text("countryLabel"),
                        r.iri("wikidata"), r.number("articles", 0)))
                .toList();
    }

    static String render(WorkbenchQueries queries, String q) {
        List<Hit> hits = find(queries, q);
        boolean lean = !hits.isEmpty() && hits.get(0).articles() == 0 && queries.lean();
        return Layout.page(q.isEmpty() ? "Search" : "Search: " + q, html -> {
            html.element("h1", "Search the entities");
            html.open("form", "method", "get", "action", Links.HOME, "role", "search", "class", "search")
                    .element("label", "Name", "for", "q")
                    .empty("input", "type", "search", "id", "q", "name", "q", "value", q, "autocomplete", "off")
                    .element("button", "Search", "type", "submit")
                    .close();
            html.open("p", "class", "hint").text("Or read ").link(Links.DISAGREEMENTS, "who says what")
                    .text(", the ").link(Links.TIMELINE, "timeline").text(" or the ").link(Links.MAP, "map")
                    .text(".").close();
            html.element("h2", q.isEmpty() ? "All entities, most mentioned first" : hits.size() + " entities matching “" + q + "”",
                    "id", "results");
            if (hits.isEmpty()) {
                html.element("p", "No entity has a name containing “" + q + "”.");
                return;
            }
            if (lean) {
                Layout.leanNote(html, "how many articles mention each entity is not known (the column says –).");
            }
            html.open("table", "class", "hits", "aria-describedby", "results").open("thead").open("tr");
            for (String column : new String[] {"Entity", "Kind", "Country", "Wikidata", "Articles"}) {
                html.element("th", column, "scope", "col");
            }
            html.close().close().open("tbody");
            for (Hit hit : hits) {
                html.open("tr").open("td").link(Links.entity(hit.iri()), hit.label()).close()
                        .element("td", hit.kind()).open("td");
                if (hit.country() != null) {
                    html.link(Links.entity(hit.country()), hit.countryLabel());
                }
                html.close().open("td");
                if (hit.wikidata() != null) {
                    html.link(Wikidata.page(hit.wikidata()), Wikidata.id(hit.wikidata()), "rel", "external noreferrer");
                }
                html.close().element("td", lean ? "–" : Long.toString(hit.articles()), "class", "number").close();
            }
            html.close().close();
        });
    }
}
