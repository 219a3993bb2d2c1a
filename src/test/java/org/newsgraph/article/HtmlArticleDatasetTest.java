package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.store.DatasetLayout;

/**
 * Builds a tiny dataset from an HTML page and a JSON Lines batch with the real pipeline and the
 * project's {@code data/}, and checks in SPARQL that the article text is the extracted text and
 * that every mention's offsets still point into it.
 */
class HtmlArticleDatasetTest {
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            """;

    @TempDir
    Path tmp;

    @Test
    void mentionOffsetsPointIntoTheExtractedText() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("clash.html"), """
                <html><head><title>Clashes</title>
                <meta name="author" content="Jane Doe">
                <script>var armenia = "Azerbaijan";</script></head>
                <body><nav>Armenia | Azerbaijan | Russia</nav>
                <article><h1>Armenia and Azerbaijan clash</h1>
                <p>YEREVAN, Sept 13 &ndash; <b>Armenian</b> Prime Minister Nikol Pashinyan said
                   Azerbaijan had attacked Armenia.</p>
                <figure><figcaption>Russia in a caption</figcaption></figure>
                <p>Russia called on Baku and Yerevan to&nbsp;show restraint.</p>
                <ul><li>Turkey backed Azerbaijan.</li></ul></article></body></html>
                """);
        Files.writeString(articles.resolve("batch.jsonl"),
                "{\"id\": \"j1\", \"text\": \"France and the United States urged Armenia to talk.\"}\n");
        Path out = tmp.resolve("out");
        BuildSummary summary = DatasetBuild.builder().data(Path.of("data")).articles(articles).out(out).build().run();
        assertEquals(2, summary.articles());

        Dataset ds = RDFDataMgr.loadDataset(new DatasetLayout(out).nquads().toString());
        String text = select(ds, PREFIXES + "SELECT ?text { GRAPH ?g { ?a schema:identifier \"clash\" ; schema:text ?text } }")
                .get(0).getLiteral("text").getString();
        assertTrue(text.startsWith("Armenia and Azerbaijan clash\n\nYEREVAN, Sept 13 \u2013 Armenian Prime Minister"), text);
        assertFalse(text.contains("<"), "no markup in the text: " + text);
        assertFalse(text.contains("caption"), "figures are left out: " + text);

        List<QuerySolution> mentions = select(ds, PREFIXES + """
                SELECT ?id ?surface ?start ?end (SUBSTR(?text, ?start + 1, ?end - ?start) AS ?substr) {
                  GRAPH ?g { ?a schema:identifier ?id ; schema:text ?text .
                             ?m ng:inArticle ?a ; ng:surface ?surface ; ng:start ?start ; ng:end ?end } }
                """);
        List<String> clash = new ArrayList<>();
        for (QuerySolution m : mentions) {
            String surface = m.getLiteral("surface").getString();
            assertEquals(surface, m.getLiteral("substr").getString(), () -> "offsets " + m.get("start") + "-"
                    + m.get("end") + " of " + m.get("id"));
            if (m.getLiteral("id").getString().equals("clash")) {
                clash.add(surface);
            }
        }
        assertTrue(clash.containsAll(List.of("Armenia", "Azerbaijan", "Nikol Pashinyan", "Baku", "Turkey")), clash.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.getLiteral("id").getString().equals("j1")), "batch article mentions");
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
            assertFalse(rows.isEmpty(), () -> "no result for " + query);
            return rows;
        }
    }
}
