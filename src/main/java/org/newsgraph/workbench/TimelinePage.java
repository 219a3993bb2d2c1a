package org.newsgraph.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The timeline: dated events (the event's own date, else its article's), oldest first, grouped by
 * date, each with its kind, participants, place and sentence; for the whole corpus or one entity's
 * events. Undated events come last.
 *
 * <pre>{@code
 * String page = TimelinePage.render(queries, null);   // the whole corpus
 * }</pre>
 */
final class TimelinePage {
    /** An event on the timeline. */
    record Event(String iri, String kind, String date, String articleId, String sentence, long sentenceStart, String place,
            String placeLabel, List<EntityPage.Link> participants) {
    }

    private TimelinePage() {
    }

    /** The events of one page, and one more when there is a next page. */
    static List<Event> events(WorkbenchQueries queries, String entity, Paging paging) {
        Map<String, RDFNode> parameters = entity == null ? Map.of() : Map.of("entity", ResourceFactory.createResource(entity));
        return queries.select("timeline", parameters, paging.fetch(), paging.offset()).stream()
                .map(r -> new Event(r.text("event"), r.text("kind"), r.text("date"), r.text("articleId"), r.text("sentence"),
                        r.number("sentenceStart", 0), r.iri("place"), r.text("placeLabel"), links(r.text("participants"))))
                .toList();
    }

    /** "IRI label" lines as links. */
    static List<EntityPage.Link> links(String lines) {
        List<EntityPage.Link> links = new ArrayList<>();
        for (String line : lines.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                links.add(new EntityPage.Link(line.substring(0, space), line.substring(space + 1)));
            }
        }
        return links;
    }

    static String render(WorkbenchQueries queries, String entity, Paging paging) {
        String label = entity == null ? null : label(queries, entity);
        if (entity != null && label == null) {
            return null;
        }
        List<Event> found = events(queries, entity, paging);
        boolean more = found.size() > Paging.SIZE;
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        for (Event e : more ? found.subList(0, Paging.SIZE) : found) {
            byDate.computeIfAbsent(e.date().isEmpty() ? "undated" : e.date(), d -> new ArrayList<>()).add(e);
        }
        String title = entity == null ? "Timeline" : "Timeline of " + label;
        return Layout.page(title, html -> {
            html.element("h1", title);
            html.open("p", "class", "hint").text("Events as the articles date them, oldest first. ");
            if (entity != null) {
                html.link(Links.entity(entity), "Back to " + label).text(" · ").link(Links.TIMELINE, "Whole corpus");
            }
            html.close();
            if (byDate.isEmpty()) {
                html.element("p", "No events.");
            }
            html.open("ol", "class", "timeline");
            byDate.forEach((date, events) -> {
                html.open("li").element("h2", date + " (" + events.size() + ")", "class", "date").open("ul");
                for (Event e : events) {
                    html.open("li", "class", "event").element("strong", e.kind());
                    if (!e.participants().isEmpty()) {
                        html.text(" — ");
                        EntityPage.writeLinks(html, e.participants());
                    }
                    if (e.place() != null) {
                        html.text(" at ").link(Links.entity(e.place()), e.placeLabel());
                    }
                    html.element("blockquote", e.sentence(), "class", "evidence")
                            .open("p", "class", "source").link(Links.sentence(e.articleId(), e.sentenceStart()), e.articleId())
                            .close().close();
                }
                html.close().close();
            });
            html.close();
            paging.write(html, entity == null ? Links.TIMELINE : Links.timeline(entity), more);
        });
    }

    private static String label(WorkbenchQueries queries, String entity) {
        List<Row> rows = queries.select("entity", Map.of("entity", ResourceFactory.createResource(entity)));
        return rows.isEmpty() ? null : rows.get(0).text("label");
    }
}
