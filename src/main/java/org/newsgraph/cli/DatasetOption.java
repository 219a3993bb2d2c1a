package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.DatasetLayout;
import picocli.CommandLine.Option;

/**
 * The option that names the dataset a command reads, shared by the commands that work on a built
 * dataset ({@code query}, {@code serve}, {@code link}, {@code push}, {@code export},
 * {@code fuseki-config}).
 *
 * <pre>{@code
 * @Mixin DatasetOption dataset;   // --db DIR
 * }</pre>
 */
final class DatasetOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = DatasetLayout.DEFAULT_DIR,
            description = "The folder `build --out` wrote (default: ${DEFAULT-VALUE}).")
    Path db;
}
