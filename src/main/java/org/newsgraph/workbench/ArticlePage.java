package org.newsgraph.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * An article's page: its metadata, its text with every mention linked to its entity's page (each
 * sentence an anchor, {@code #s<offset>}), and the statements newsgraph extracted from it, each with
 * its kind, what it says, its sentence and the rule that made it.
 *
 * <pre>{@code
 * String page = ArticlePage.render(queries, "003_a97cd004bbf5f12d");   // null: no such article
 * }</pre>
 */
final class ArticlePage {
    /** A statement of the article: its properties in order, as (property, value, entity IRI or null). */
    record Statement(String iri, String kind, String rule, long index, String sentence, long sentenceStart,
            List<String[]> properties) {
    }

    private static final Map<String, String> ROLES = Map.of("author", "Author", "contributor", "Contributor", "editor", "Editor");

    private ArticlePage() {
    }

    static List<Statement> statements(WorkbenchQueries queries, String article) {
        Map<String, Statement> byIri = new LinkedHashMap<>();
        for (Row r : queries.select("article-statements", Map.of("article", ResourceFactory.createResource(article)))) {
            Statement s = byIri.computeIfAbsent(r.text("statement"), k -> new Statement(k, r.text("kind"), r.text("rule"),
                    r.number("index", 0), r.text("sentence"), r.number("sentenceStart", 0), new ArrayList<>()));
            if (r.has("property")) {
                String value = r.has("valueLabel") ? r.text("valueLabel")
                        : r.iri("value") != null ? localName(r.iri("value")) : r.text("value");
                s.properties().add(new String[] {r.text("property"), value, r.has("valueLabel") ? r.iri("value") : null});
            }
        }
        return List.copyOf(byIri.values());
    }

    static String render(WorkbenchQueries queries, String id) {
        List<Row> found = queries.select("article", Map.of("id", ResourceFactory.createStringLiteral(id)));
        if (found.isEmpty()) {
            return null;
        }
        Row a = found.get(0);
        String iri = a.iri("article");
        Map<String, RDFNode> article = Map.of("article", ResourceFactory.createResource(iri));
        String headline = !a.text("headline").isEmpty() ? a.text("headline")
                : "Article " + id + (a.text("publisher").isEmpty() ? "" : " (" + a.text("publisher")
                        + (a.text("published").isEmpty() ? "" : ", " + a.text("published")) + ")");
        List<Highlighter.Span> spans = new ArrayList<>();
        for (Row m : queries.select("article-mentions", article)) {
            spans.add(new Highlighter.Span((int) m.number("start", 0), (int) m.number("end", 0), Links.entity(m.iri("entity")),
                    m.text("label")));
        }
        boolean lean = spans.isEmpty() && queries.lean();
        for (Row s : queries.select("article-sentences", article)) {
            int start = (int) s.number("start", 0);
            spans.add(new Highlighter.Span(start, start, null, "s" + start));
        }
        List<Row> people = queries.select("article-people", article);
        List<Statement> statements = statements(queries, iri);
        return Layout.page(headline, html -> {
            html.element("h1", headline);
            html.open("dl", "class", "facts");
            html.element("dt", "Identifier").element("dd", id);
            dd(html, "Publisher", a.text("publisher"));
            dd(html, "Published", a.text("published"));
            dd(html, "Dateline", a.text("dateline"));
            if (a.iri("place") != null) {
                html.element("dt", "Datelined at").open("dd").link(Links.entity(a.iri("place")), a.text("placeLabel")).close();
            }
            Map<String, List<EntityPage.Link>> byRole = new LinkedHashMap<>();
            for (Row p : people) {
                byRole.computeIfAbsent(p.text("role"), r -> new ArrayList<>()).add(new EntityPage.Link(p.iri("person"), p.text("label")));
            }
            byRole.forEach((role, links) -> {
                html.element("dt", ROLES.getOrDefault(role, role) + (links.size() > 1 ? "s" : "")).open("dd");
                EntityPage.writeLinks(html, links);
                html.close();
            });
            dd(html, "Source file", a.text("sourceFile"));
            html.element("dt", "IRI").open("dd").element("code", iri).close();
            html.close();
            html.open("p").link("#statements", statements.size() + " statements extracted").close();
            html.open("section", "aria-labelledby", "text").element("h2", "Text", "id", "text");
            if (lean) {
                Layout.leanNote(html, "the names in this text are not linked to their entities.");
            }
            html.open("div", "class", "article-text");
            Highlighter.write(html, a.text("text"), spans);
            html.close().close();
            html.open("section", "aria-labelledby", "statements").element("h2", "Statements", "id", "statements");
            writeStatements(html, id, statements);
            html.close();
        });
    }

    private static void writeStatements(Html html, String id, List<Statement> statements) {
        html.open("table", "class", "statements").open("thead").open("tr");
        for (String column : new String[] {"Kind", "What", "Sentence", "Rule"}) {
            html.element("th", column, "scope", "col");
        }
        html.close().close().open("tbody");
        for (Statement s : statements) {
            html.open("tr").element("td", s.kind()).open("td").open("dl", "class", "props");
            for (String[] p : s.properties()) {
                html.element("dt", p[0]).open("dd");
                if (p[2] != null) {
                    html.link(Links.entity(p[2]), p[1]);
                } else {
                    html.text(p[1]);
                }
                html.close();
            }
            html.close().close().open("td").link(Links.sentence(id, s.sentenceStart()), "#" + s.index())
                    .text(" " + s.sentence()).close()
                    .open("td").element("code", s.rule()).close().close();
        }
        html.close().close();
    }

    private static void dd(Html html, String term, String value) {
        if (!value.isEmpty()) {
            html.element("dt", term).element("dd", value);
        }
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
