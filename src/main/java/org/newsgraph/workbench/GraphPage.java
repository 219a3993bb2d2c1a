package org.newsgraph.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The graph of an entity's neighbourhood: who it met, accused, attacked, supports, is allied with or a
 * member of, and who did so to it ({@code workbench/queries/neighbours.rq}), drawn as SVG on the server
 * with the entity in the middle and at most {@link #MOST} others around it, each a link to its page;
 * the same links as a list below.
 *
 * <pre>{@code
 * String page = GraphPage.render(queries, "https://w3id.org/newsgraph/id/entity/armenia");
 * }</pre>
 */
final class GraphPage {
    /** One kind of link between the entity and another, in one direction, with the number of statements. */
    record Edge(String other, String otherLabel, String link, boolean outgoing, long count) {
    }

    static final int MOST = 14;
    private static final int SIZE = 760;

    private GraphPage() {
    }

    static List<Edge> edges(WorkbenchQueries queries, String iri) {
        return queries.select("neighbours", Map.of("entity", ResourceFactory.createResource(iri))).stream()
                .map(r -> new Edge(r.iri("other"), r.text("otherLabel"), r.text("link"), Boolean.parseBoolean(r.text("outgoing")),
                        r.number("count", 0)))
                .toList();
    }

    static String render(WorkbenchQueries queries, String iri) {
        EntityPage.Facts facts = EntityPage.facts(queries, iri);
        if (facts == null) {
            return null;
        }
        Map<String, List<Edge>> byOther = new LinkedHashMap<>();
        for (Edge e : edges(queries, iri)) {
            if (byOther.size() < MOST || byOther.containsKey(e.other())) {
                byOther.computeIfAbsent(e.other(), k -> new ArrayList<>()).add(e);
            }
        }
        String title = "Neighbourhood of " + facts.label();
        return Layout.page(title, html -> {
            html.element("h1", title);
            html.open("p", "class", "hint").text("Who it met, accused, attacked, supports or is allied with, and who did so "
                    + "to it, as the articles say; arrows point from the one who acts (↔: both ways). ")
                    .link(Links.entity(iri), "Back to " + facts.label()).close();
            if (byOther.isEmpty()) {
                html.element("p", "The articles state no such link of " + facts.label() + ".");
                return;
            }
            draw(html, facts, byOther);
            html.element("h2", "Links", "id", "links").open("ul", "class", "links");
            byOther.values().forEach(edges -> edges.forEach(e -> writeEdge(html, facts.label(), e)));
            html.close();
        });
    }

    private static void writeEdge(Html html, String label, Edge e) {
        html.open("li");
        if (e.outgoing()) {
            html.text(label + " " + e.link() + " ").link(Links.entity(e.other()), e.otherLabel());
        } else {
            html.link(Links.entity(e.other()), e.otherLabel()).text(" " + e.link() + " " + label);
        }
        html.text(" (" + e.count() + (e.count() == 1 ? " statement)" : " statements)")).close();
    }

    private static void draw(Html html, EntityPage.Facts facts, Map<String, List<Edge>> byOther) {
        double c = SIZE / 2.0;
        double radius = SIZE / 2.0 - 110;
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewbox", "0 0 " + SIZE + " " + SIZE, "class", "graph",
                "role", "group", "aria-labelledby", "graph-title");
        html.element("title", "Graph of " + facts.label() + " and " + byOther.size() + " others", "id", "graph-title");
        int n = byOther.size();
        int i = 0;
        for (List<Edge> edges : byOther.values()) {
            double angle = 2 * Math.PI * i++ / n - Math.PI / 2;
            double x = c + radius * Math.cos(angle);
            double y = c + radius * Math.sin(angle);
            html.shape("line", "x1", fmt(c), "y1", fmt(c), "x2", fmt(x), "y2", fmt(y), "class", "edge");
            String label = label(edges);
            html.element("text", label, "x", fmt((c + x) / 2), "y", fmt((c + y) / 2 - 4), "class", "edge-label");
            Edge first = edges.get(0);
            html.open("a", "href", Links.entity(first.other()), "class", "node");
            html.element("title", first.otherLabel());
            html.shape("circle", "cx", fmt(x), "cy", fmt(y), "r", "9");
            html.element("text", first.otherLabel(), "x", fmt(x), "y", fmt(y + 24), "class", "node-label");
            html.close();
        }
        html.open("a", "href", Links.entity(facts.iri()), "class", "node centre")
                .shape("circle", "cx", fmt(c), "cy", fmt(c), "r", "14")
                .element("text", facts.label(), "x", fmt(c), "y", fmt(c + 32), "class", "node-label")
                .close();
        html.close();
    }

    /** The links to one other, each once: "accused ↔" both ways, "accused →" from the entity, "← accused" to it. */
    static String label(List<Edge> edges) {
        Map<String, Integer> directions = new LinkedHashMap<>();
        for (Edge e : edges) {
            directions.merge(e.link(), e.outgoing() ? 1 : 2, (a, b) -> a | b);
        }
        List<String> parts = new ArrayList<>();
        directions.forEach((link, d) -> parts.add(d == 3 ? link + " ↔" : d == 1 ? link + " →" : "← " + link));
        return String.join(", ", parts);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
