package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.DatasetBuild;
import org.newsgraph.store.DatasetLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph build}: articles in, dataset out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Converts the articles into RDF and writes the dataset: a TDB2 database, "
                + "dataset.trig, dataset.nq and fuseki.ttl in the output folder.",
            "The new dataset replaces the old one only when it is complete."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder with gazetteer/ and rules/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder of .txt articles and articles.csv (default: DATA/articles).")
    Path articles;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        BuildSummary s = DatasetBuild.builder().data(data).articles(articles).out(out).base(base).build().run();
        spec.commandLine().getOut().printf("Built %s: %d articles, %d entities, %d mentions, %d triples in %s s%n",
                Locations.describe(out), s.articles(), s.entities(), s.mentions(), s.quads(), s.seconds());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
