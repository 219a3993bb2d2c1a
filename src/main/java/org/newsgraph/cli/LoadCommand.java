package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.ShardLoad;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DatasetLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph load}: N-Quads made elsewhere (the build on Spark) in, a dataset to serve out. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads the N-Quads files of a folder (*.nq, *.nq.gz: the output of newsgraph-spark) "
                + "into a new TDB2 database of the dataset in the output folder, with the build state beside them "
                + "(state.csv) for the next incremental build.",
            "The new dataset replaces the old one only when it is complete."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The folder of N-Quads files, e.g. the --out folder of newsgraph-spark.")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI the quads were made with (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "The profile the quads were made with, full or lean (default: ${DEFAULT-VALUE}).")
    String profile;

    @Override
    public Integer call() {
        GraphProfile graph;
        try {
            graph = GraphProfile.of(profile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
        BuildSummary s = ShardLoad.load(from, out, new Iris(base), graph);
        spec.commandLine().getOut().printf("Loaded %s: %d articles, %d entities, %d mentions, %d triples in %s s%n",
                Locations.describe(out), s.articles(), s.entities(), s.mentions(), s.quads(), s.seconds());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
