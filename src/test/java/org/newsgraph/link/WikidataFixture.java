package org.newsgraph.link;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.DataRules;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.DatasetBuild;

/**
 * A small Wikidata-shaped graph served by a real Fuseki server on a loopback port, and a tiny
 * newsgraph dataset whose entities need linking.
 *
 * <p>The graph: two humans called "John Smith" (citizens of Q30 and Q145); two humans called
 * "Maria Lopez" with nothing to tell them apart; three "Springfield"s (a city in Q30, a big city —
 * a subclass of city — in Q145, and a human); an organisation reachable only by its English alias
 * "Example Bloc" (its French label "Example Bloc" does not count); a country "Freedonia" and a film
 * of the same name.
 *
 * <pre>{@code
 * WikidataFixture.Server wikidata = WikidataFixture.start();
 * String endpoint = wikidata.endpoint();   // http://127.0.0.1:PORT/wikidata/sparql
 * }</pre>
 */
final class WikidataFixture {
    static final String TURTLE = """
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix wdt:  <http://www.wikidata.org/prop/direct/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

            wd:Q100 rdfs:label "John Smith"@en, "Jean Smith"@fr ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q30 .
            wd:Q101 rdfs:label "John Smith"@en ; skos:altLabel "Johnny Smith"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q145 .

            wd:Q102 rdfs:label "Maria Lopez"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q29 .
            wd:Q103 rdfs:label "Maria Lopez"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q96 .

            wd:Q200 rdfs:label "Springfield"@en ; wdt:P31 wd:Q515 ; wdt:P17 wd:Q30 .
            wd:Q201 rdfs:label "Springfield"@en ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q30 .
            wd:Q202 rdfs:label "Springfield"@en ; wdt:P31 wd:Q1549591 ; wdt:P17 wd:Q145 .
            wd:Q1549591 rdfs:label "big city"@en ; wdt:P279 wd:Q515 .

            wd:Q300 rdfs:label "Example Alliance of States"@en ; skos:altLabel "Example Bloc"@en ;
                wdt:P31 wd:Q43229 .
            wd:Q301 rdfs:label "Example Bloc"@fr, "Bloc exemplaire"@en ; wdt:P31 wd:Q43229 .
            wd:Q302 rdfs:label "Example Bloc" ; wdt:P31 wd:Q43229 .

            wd:Q400 rdfs:label "Freedonia"@en ; wdt:P31 wd:Q6256 .
            wd:Q401 rdfs:label "Freedonia"@en ; wdt:P31 wd:Q11424 .
            """;

    /** The gazetteer of the tiny dataset: only the United States is linked. */
    static final String GAZETTEER = """
            id,kind,label,aliases,demonyms,metonyms,country,wikidata,source
            united-states,Country,United States,,,,,Q30,test fixture
            freedonia,Country,Freedonia,,,,,,
            john-smith,Person,John Smith,,,,united-states,,
            maria-lopez,Person,Maria Lopez,,,,,,
            springfield,Settlement,Springfield,,,,united-states,,
            example-bloc,Organization,Example Bloc,,,,,,
            """;

    static final String ARTICLE = """
            John Smith met Maria Lopez in Springfield on Monday.

            Freedonia has joined the Example Bloc, officials in the United States said.
            """;

    private WikidataFixture() {
    }

    /**
     * A running fixture server and the requests it received.
     *
     * @param fuseki   the server
     * @param agents   the User-Agent of every request, in order
     * @param arrivals when each request arrived ({@link System#nanoTime()}), in order
     */
    record Server(FusekiServer fuseki, List<String> agents, List<Long> arrivals) {
        String endpoint() {
            return "http://127.0.0.1:" + fuseki.getHttpPort() + "/wikidata/sparql";
        }

        void stop() {
            fuseki.stop();
        }
    }

    /** Starts Fuseki on a free loopback port with the fixture at {@code /wikidata}. */
    static Server start() {
        DatasetGraph graph = RDFParser.fromString(TURTLE, Lang.TURTLE).toDatasetGraph();
        Dataset dataset = DatasetFactory.wrap(graph);
        List<String> agents = new CopyOnWriteArrayList<>();
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        Filter agentRecorder = (request, response, chain) -> {
            arrivals.add(System.nanoTime());
            agents.add(String.valueOf(((HttpServletRequest) request).getHeader("User-Agent")));
            chain.doFilter(request, response);
        };
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/wikidata", dataset)
                .addFilter("/*", agentRecorder).build().start();
        return new Server(fuseki, agents, arrivals);
    }

    /** Builds the tiny dataset into {@code dir/out}, with the project's rules, and returns that folder. */
    static Path buildDataset(Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("gazetteer"));
        Files.createDirectories(data.resolve("articles"));
        DataRules.copyTo(data.resolve("rules"));
        Files.writeString(data.resolve("gazetteer/entities.csv"), GAZETTEER);
        Files.writeString(data.resolve("articles/001.txt"), ARTICLE);
        Path out = dir.resolve("out");
        BuildSummary summary = DatasetBuild.builder().data(data).out(out).build().run();
        if (summary.articles() != 1) {
            throw new IllegalStateException("the fixture article was not built");
        }
        return out;
    }
}
