package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.FusekiConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph fuseki-config}: writes the assembler file a stock Fuseki server serves the
 * dataset from, read-only or (with {@code --update}) read-write.
 *
 * <pre>{@code
 * newsgraph fuseki-config                 # out/fuseki.ttl, read-only (as build writes it)
 * newsgraph fuseki-config --update        # out/fuseki-update.ttl, SPARQL Update and Graph Store writes
 * java -jar jena-fuseki-server-5.6.0.jar --config out/fuseki-update.ttl
 * }</pre>
 */
@Command(name = "fuseki-config", mixinStandardHelpOptions = true,
        description = "Writes a Fuseki configuration (assembler file) that serves the dataset at /newsgraph with a "
                + "stock Fuseki server (java -jar jena-fuseki-server-5.6.0.jar --config FILE); the default graph is "
                + "the union of the named graphs. Read-only unless --update.")
final class FusekiConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--update",
            description = "Also allow SPARQL Update at /newsgraph/update and Graph Store writes at /newsgraph/data.")
    boolean update;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file written (default: DIR/fuseki.ttl, or DIR/" + FusekiConfig.UPDATE_FILE
                    + " with --update; `build` rewrites DIR/fuseki.ttl read-only).")
    Path out;

    @Override
    public Integer call() {
        DatasetLayout layout = new DatasetLayout(dataset.db).requireDataset();
        Path file = out != null ? out
                : update ? layout.dir().resolve(FusekiConfig.UPDATE_FILE) : layout.fusekiConfig();
        FusekiConfig.builder().tdb2(layout.tdb2()).update(update).build().write(file);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Wrote %s: serves %s %s at /%s (SPARQL at /%s/sparql%s); run "
                + "java -jar jena-fuseki-server-5.6.0.jar --config %s%n", Locations.describe(file),
                Locations.describe(layout.tdb2()), update ? "read-write" : "read-only", FusekiConfig.SERVICE,
                FusekiConfig.SERVICE, update ? ", updates at /" + FusekiConfig.SERVICE + "/update and /"
                        + FusekiConfig.SERVICE + "/data" : "", Locations.describe(file));
        o.flush();
        return 0;
    }
}
