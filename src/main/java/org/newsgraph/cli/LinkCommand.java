package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Locations;
import org.newsgraph.link.EndpointSource;
import org.newsgraph.link.LinkSummary;
import org.newsgraph.link.Linker;
import org.newsgraph.link.LinksFile;
import org.newsgraph.link.UnlinkedEntity;
import org.newsgraph.link.UnlinkedEntityLoader;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph link}: looks up the dataset's entities without {@code owl:sameAs} in a
 * Wikidata-compatible SPARQL endpoint and writes every candidate, scored, to the links file.
 *
 * <pre>{@code
 * newsgraph link --db out --threshold 0.8 --links data/links/wikidata-links.csv --cache data/links/cache
 * newsgraph link --offline      # cached answers only, no network
 * }</pre>
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Looks up the entities without a Wikidata link in a SPARQL endpoint, scores the candidates "
                + "and writes them all to a CSV file; every answer is cached so that --offline needs no network.")
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = EndpointSource.WIKIDATA,
            description = "A Wikidata-compatible SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "" + Linker.DEFAULT_THRESHOLD,
            description = "Accept a candidate scoring at least this, above 0 and at most 1 (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--links", paramLabel = "FILE", defaultValue = Linker.DEFAULT_LINKS,
            description = "The CSV file written, one row per candidate (default: ${DEFAULT-VALUE}).")
    Path links;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = Linker.DEFAULT_CACHE,
            description = "The folder of cached answers, one JSON file per query (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--offline", description = "Use cached answers only; fail if one is missing.")
    boolean offline;

    @Override
    public Integer call() {
        // Options first, so that a bad one is reported before the database is opened or a request is sent.
        Linker linker = Linker.builder().endpoint(uri(endpoint)).threshold(threshold).cache(cache)
                .offline(offline).build();
        List<UnlinkedEntity> entities;
        try (Store store = Store.open(dataset.db)) {
            entities = UnlinkedEntityLoader.load(store.dataset());
        }
        LinkSummary summary = linker.link(entities);
        LinksFile.write(links, summary.rows());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Linked %s: %d entities looked up, %d candidates, %d links accepted, %d cached answers used"
                + " (%d fetched); wrote %s%n", Locations.describe(dataset.db), summary.entities(), summary.candidates(),
                summary.accepted(), summary.cachedAnswers(), summary.fetchedAnswers(), Locations.describe(links));
        out.flush();
        return 0;
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("--endpoint " + text + ": not a URL (" + e.getReason()
                    + "); use e.g. " + EndpointSource.WIKIDATA);
        }
    }
}
