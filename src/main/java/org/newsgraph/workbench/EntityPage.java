package org.newsgraph.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * An entity's page: what newsgraph knows of it (kind, other names, country, Wikidata item,
 * coordinates), then what the articles say, section by section (positions, relations, quotations,
 * claims by it and against it, events), newest first, each with its article, date and sentence with
 * the entity's mentions marked; then the entities mentioned with it.
 *
 * <pre>{@code
 * String page = EntityPage.render(queries, "https://w3id.org/newsgraph/id/entity/armenia");  // null: unknown
 * }</pre>
 */
final class EntityPage {
    /** What newsgraph knows of the entity itself. */
    record Facts(String iri, String label, String kind, List<Link> countries, List<String> wikidata, String lat,
            String lon, List<String> names) {
    }

    /** A link to an entity. */
    record Link(String iri, String label) {
    }

    /** One thing an article says about the entity, with its evidence. */
    record Said(String section, String statement, String detail, String text, List<Link> others, String articleId,
            String headline, String date, String sentence, long sentenceStart, String spans) {
    }

    private static final String[][] SECTIONS = {
        {"positions", "Positions held"}, {"relations", "Memberships and relations"}, {"quotations", "Quotations"},
        {"claims-by", "Claims it makes"}, {"claims-against", "Claims against it"}, {"events", "Events it takes part in"},
    };

    private EntityPage() {
    }

    static Facts facts(WorkbenchQueries queries, String iri) {
        Map<String, RDFNode> entity = Map.of("entity", ResourceFactory.createResource(iri));
        List<Row> rows = queries.select("entity", entity);
        if (rows.isEmpty()) {
            return null;
        }
        Row first = rows.get(0);
        List<Link> countries = new ArrayList<>();
        List<String> wikidata = new ArrayList<>();
        for (Row r : rows) {
            Link country = new Link(r.iri("country"), r.text("countryLabel"));
            if (country.iri() != null && !countries.contains(country)) {
                countries.add(country);
            }
            if (r.iri("wikidata") != null && !wikidata.contains(r.iri("wikidata"))) {
                wikidata.add(r.iri("wikidata"));
            }
        }
        List<String> names = queries.select("names", entity).stream().map(r -> r.text("name")).distinct().toList();
        return new Facts(iri, first.text("label"), first.text("kind"), countries, wikidata, first.text("lat"),
                first.text("long"), names);
    }

    /** What the articles say, one {@link Said} per statement and section, newest first. */
    static List<Said> said(WorkbenchQueries queries, String iri) {
        Map<String, Said> byStatement = new LinkedHashMap<>();
        for (Row r : queries.select("statements", Map.of("entity", ResourceFactory.createResource(iri)))) {
            String key = r.text("section") + " " + r.text("statement");
            Said said = byStatement.computeIfAbsent(key, k -> new Said(r.text("section"), r.text("statement"),
                    r.text("detail"), r.text("text"), new ArrayList<>(), r.text("articleId"), r.text("headline"),
                    r.text("date"), r.text("sentence"), r.number("sentenceStart", 0), r.text("spans")));
            Link other = new Link(r.iri("other"), r.text("otherLabel"));
            if (other.iri() != null && !said.others().contains(other)) {
                said.others().add(other);
            }
        }
        return List.copyOf(byStatement.values());
    }

    static String render(WorkbenchQueries queries, String iri) {
        Facts facts = facts(queries, iri);
        if (facts == null) {
            return null;
        }
        List<Said> said = said(queries, iri);
        List<Row> co = queries.select("co-mentions", Map.of("entity", ResourceFactory.createResource(iri)));
        boolean lean = co.isEmpty() && queries.lean();
        return Layout.page(facts.label(), html -> {
            html.element("h1", facts.label());
            writeFacts(html, facts);
            html.open("p", "class", "views").link(Links.graph(iri), "Graph of its neighbourhood").text(" · ")
                    .link(Links.timeline(iri), "Its timeline").close();
            html.open("nav", "aria-label", "Sections").open("ul", "class", "sections");
            for (String[] section : SECTIONS) {
                long n = said.stream().filter(s -> s.section().equals(section[0])).count();
                html.open("li").link("#" + section[0], section[1] + " (" + n + ")").close();
            }
            html.open("li").link("#co-mentioned", "Mentioned with it (" + co.size() + ")").close();
            html.close().close();
            for (String[] section : SECTIONS) {
                List<Said> items = said.stream().filter(s -> s.section().equals(section[0])).toList();
                html.open("section", "aria-labelledby", section[0]).element("h2", section[1], "id", section[0]);
                if (items.isEmpty()) {
                    html.element("p", "Nothing.", "class", "none");
                } else {
                    html.open("ol", "class", "said");
                    items.forEach(s -> writeSaid(html, s));
                    html.close();
                }
                html.close();
            }
            html.open("section", "aria-labelledby", "co-mentioned").element("h2", "Mentioned with it", "id", "co-mentioned");
            if (lean) {
                Layout.leanNote(html, "the entities mentioned in the same articles are not known.");
            }
            html.open("ul", "class", "co");
            for (Row r : co) {
                html.open("li").link(Links.entity(r.iri("other")), r.text("otherLabel"))
                        .text(" (" + r.number("articles", 0) + " articles)").close();
            }
            html.close().close();
        });
    }

    private static void writeFacts(Html html, Facts facts) {
        html.open("dl", "class", "facts");
        html.element("dt", "Kind").element("dd", facts.kind().isEmpty() ? "–" : facts.kind());
        if (!facts.names().isEmpty()) {
            html.element("dt", "Other names").element("dd", String.join(", ", facts.names()));
        }
        if (!facts.countries().isEmpty()) {
            html.element("dt", "Country").open("dd");
            writeLinks(html, facts.countries());
            html.close();
        }
        html.element("dt", "Wikidata").open("dd");
        if (facts.wikidata().isEmpty()) {
            html.text("not linked");
        }
        for (String item : facts.wikidata()) {
            html.link(Wikidata.page(item), Wikidata.id(item), "rel", "external noreferrer").text(" ");
        }
        html.close();
        if (!facts.lat().isEmpty()) {
            html.element("dt", "Coordinates").open("dd").text(facts.lat() + ", " + facts.lon() + " (").link(Links.MAP, "map")
                    .text(")").close();
        }
        html.element("dt", "IRI").open("dd").element("code", facts.iri()).close();
        html.close();
    }

    private static void writeSaid(Html html, Said s) {
        html.open("li").open("p", "class", "what");
        switch (s.section()) {
            case "positions" -> {
                html.element("strong", s.detail());
                if (!s.others().isEmpty()) {
                    html.text(" of ");
                    writeLinks(html, s.others());
                }
            }
            case "relations" -> {
                html.element("strong", Relations.phrase(s.detail())).text(" ");
                writeLinks(html, s.others());
            }
            case "quotations" -> html.element("q", s.text());
            case "claims-by" -> {
                html.element("q", s.text());
                if (!s.others().isEmpty()) {
                    html.text(" — accusing ");
                    writeLinks(html, s.others());
                }
            }
            case "claims-against" -> {
                html.text("By ");
                writeLinks(html, s.others());
                html.text(": ").element("q", s.text());
            }
            default -> {
                html.element("strong", s.detail());
                if (!s.others().isEmpty()) {
                    html.text(" with ");
                    writeLinks(html, s.others());
                }
            }
        }
        html.close();
        writeEvidence(html, s.articleId(), s.headline(), s.date(), s.sentence(), s.sentenceStart(), s.spans());
        html.close();
    }

    /** The evidence of a statement: its article, date and sentence with the marked spans. */
    static void writeEvidence(Html html, String articleId, String headline, String date, String sentence, long start,
            String spans) {
        html.open("blockquote", "class", "evidence");
        Highlighter.write(html, sentence, Highlighter.marks(spans, start));
        html.close().open("p", "class", "source").text(date.isEmpty() ? "undated" : date).text(" · ")
                .link(Links.sentence(articleId, start), headline.isEmpty() ? articleId : headline).close();
    }

    static void writeLinks(Html html, List<Link> links) {
        for (int i = 0; i < links.size(); i++) {
            html.text(i == 0 ? "" : ", ").link(Links.entity(links.get(i).iri()), links.get(i).label());
        }
    }
}
