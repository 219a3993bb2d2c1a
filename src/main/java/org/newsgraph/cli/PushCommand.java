package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.push.Credentials;
import org.newsgraph.push.PushSummary;
import org.newsgraph.push.Pusher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph push}: sends the dataset's named graphs to a SPARQL 1.1 Graph Store Protocol
 * endpoint, replacing only the graphs that changed since the last push there and deleting those
 * of removed articles.
 *
 * <pre>{@code
 * newsgraph push --endpoint http://localhost:3030/ds/data
 * NEWSGRAPH_PUSH_USER=me NEWSGRAPH_PUSH_PASSWORD=… newsgraph push --endpoint https://store.example.org/news/data
 * newsgraph push --endpoint https://store.example.org/news/data --credentials-file ~/.newsgraph-push
 * }</pre>
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Sends the dataset to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph per article "
                + "plus the entities graph. Only graphs whose content changed since the last push to that endpoint are "
                + "sent, and those the endpoint no longer holds; graphs of removed articles are deleted there; no other "
                + "graph is touched. A push that fails halfway is resumed by running it again. Redirects are not "
                + "followed. Basic authentication from the environment variables "
                + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + ", or --credentials-file.")
final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The Graph Store Protocol URL of the remote dataset, e.g. http://localhost:3030/ds/data.")
    String endpoint;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "A file holding one line user:password for basic authentication (instead of the "
                    + "environment variables); refused unless only you may read it (chmod 600).")
    Path credentialsFile;

    @Option(names = "--all", description = "Send every graph, whatever was pushed before (e.g. after the remote "
            + "store was emptied).")
    boolean all;

    @Option(names = "--dry-run", description = "Only say what would be sent and deleted, from the push record, "
            + "without contacting the endpoint.")
    boolean dryRun;

    @Override
    public Integer call() {
        Optional<Credentials> credentials = credentialsFile != null ? Optional.of(Credentials.fromFile(credentialsFile))
                : Credentials.fromEnvironment(System.getenv());
        PushSummary s = Pusher.builder().db(dataset.db).endpoint(endpoint).credentials(credentials).all(all).dryRun(dryRun)
                .build().push();
        PrintWriter out = spec.commandLine().getOut();
        if (s.dryRun()) {
            out.printf("Would push %s to %s: %s to replace, %s to delete, %d unchanged (%s in the dataset); "
                    + "nothing sent%n", Locations.describe(dataset.db), endpoint, graphs(s.replaced()), graphs(s.deleted()),
                    s.unchanged(), graphs(s.graphs()));
        } else {
            out.printf("Pushed %s to %s: %s replaced%s, %s deleted, %d unchanged (%s in the dataset); recorded in %s%n",
                    Locations.describe(dataset.db), endpoint, graphs(s.replaced()),
                    s.missing() == 0 ? "" : " (" + s.missing() + " missing at the endpoint)", graphs(s.deleted()),
                    s.unchanged(), graphs(s.graphs()), Locations.describe(s.record()));
        }
        out.flush();
        return 0;
    }

    private static String graphs(int n) {
        return n + (n == 1 ? " graph" : " graphs");
    }
}
