package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the dataset over SPARQL with Fuseki's web UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the dataset read-only on loopback: SPARQL at /newsgraph/sparql, "
                + "Fuseki's web UI at /. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "The folder `build --out` wrote (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() {
        Store store = Store.open(db);
        NewsgraphServer server = NewsgraphServer.builder().dataset(store.dataset()).port(port).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }));
        spec.commandLine().getOut().printf("Serving %s at http://localhost:%d/ (web UI)%n"
                + "SPARQL endpoint: %s (read-only). Stop with Ctrl-C.%n",
                Locations.describe(db), server.port(), server.sparqlUrl());
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
