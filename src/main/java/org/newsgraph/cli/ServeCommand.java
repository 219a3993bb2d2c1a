package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.server.BuildFollower;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.BuildFolders;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph serve}: the dataset over SPARQL, with Fuseki's web UI on loopback.
 *
 * <pre>{@code
 * newsgraph serve --db out --port 3030 --timeout 30 --max-results 100000
 * newsgraph serve --host 10.0.0.5 --update     # SPARQL only, no web UI; updates allowed
 * newsgraph serve --update --admin             # also Fuseki's admin operations, on loopback
 * newsgraph serve --service-allow https://query.wikidata.org/sparql --service-allow https://dbpedia.org/sparql
 * }</pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dataset: SPARQL at /newsgraph/sparql, Fuseki's web UI at / (on loopback only). "
                + "Read-only unless --update. Answers only its own pages and clients that are not browsers "
                + "(requests from other sites' pages, or naming another host, are refused). Stop with Ctrl-C.",
            "A new build of the dataset is served within a second of being put in use; `query` and `validate` "
                + "on the dataset go through the server while it runs."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + NewsgraphServer.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: loopback only). On an address that is not loopback "
                    + "the web UI is not served, as it has no login; only SPARQL is, to anyone who can reach it.")
    String host;

    @Option(names = "--update",
            description = "Allow SPARQL Update at /newsgraph/update and Graph Store writes at /newsgraph/data. "
                    + "LOAD stays refused (the server reads no file or URL for a client).")
    boolean update;

    @Option(names = "--admin",
            description = "Also serve Fuseki's admin operations at /$/ (new datasets, backup, compaction); "
                    + "needs --update, and loopback. Off by default.")
    boolean admin;

    @Option(names = "--service-allow", paramLabel = "URL", defaultValue = NewsgraphServer.WIKIDATA_ENDPOINT,
            description = "An endpoint a query's SERVICE may call, matched exactly; repeat for more (replaces "
                    + "the default, ${DEFAULT-VALUE}). Any other SERVICE is refused before a request is sent.")
    List<String> serviceAllow;

    @Option(names = "--no-service", description = "Refuse every SERVICE: the server calls no other endpoint.")
    boolean noService;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + NewsgraphServer.DEFAULT_TIMEOUT_SECONDS,
            description = "Stop a query after this many seconds and answer with an error (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + NewsgraphServer.DEFAULT_MAX_RESULTS,
            description = "Most rows a SELECT returns (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Override
    public Integer call() {
        // Options first, so that a bad one is reported without opening (and locking) the database.
        if (noService && spec.commandLine().getParseResult().hasMatchedOption("--service-allow")) {
            throw new ParameterException(spec.commandLine(), "--no-service and --service-allow contradict each other; give one");
        }
        List<String> services = noService ? List.of() : serviceAllow;
        NewsgraphServer.Builder options = NewsgraphServer.builder().port(port).host(host).update(update).admin(admin)
                .serviceEndpoints(services).timeout(timeout).maxResults(maxResults).validate();
        BuildFolders.removeAbandoned(new DatasetLayout(dataset.db));
        Store store = Store.open(dataset.db);
        NewsgraphServer server;
        try {
            server = options.dataset(store.dataset()).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        BuildFollower follower = BuildFollower.start(server, store, dataset.db, maxResults);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            follower.close();
        }));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String calls = services.isEmpty() ? "calls no other endpoint (--no-service)"
                : "calls only " + String.join(", ", services) + " for SERVICE";
        if (!server.servesUi()) {
            err.printf("newsgraph: warning: %s is not a loopback address, so the web UI is not served (it has no login); "
                    + "the SPARQL endpoints are, to anyone who can reach it, with no login. The server %s and "
                    + "reads no file or URL for a client.%n", host, calls);
            if (update) {
                err.printf("newsgraph: warning: --update on %s: anyone who can reach it can change or delete the "
                        + "dataset (LOAD stays refused; SERVICE %s). Never use --update on a shared network.%n",
                        host, services.isEmpty() ? "is off" : "goes only to " + String.join(", ", services));
            }
            err.flush();
        }
        out.printf("Serving %s at %s%s%n", Locations.describe(dataset.db), server.baseUrl(),
                server.servesAdmin() ? " (web UI, admin operations)" : server.servesUi() ? " (web UI)" : "");
        out.printf("SPARQL endpoint: %s (%s). Queries stop after %d s; a SELECT returns at most %d rows.%n",
                server.sparqlUrl(), update ? "updates at /newsgraph/update and /newsgraph/data" : "read-only",
                timeout, maxResults);
        out.printf("Workbench: %s (search, entity and article pages, who says what, timeline, map)%n",
                server.workbenchUrl());
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return 0;
    }
}
