package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say where the data and the articles are, shared by the commands that run
 * the pipeline ({@code build}, {@code review}).
 *
 * <pre>{@code
 * @Mixin CorpusOptions corpus;   // --data DIR, --articles DIR
 * }</pre>
 */
final class CorpusOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bundled:data",
            description = "Folder with gazetteer/ and rules/ (default: ${DEFAULT-VALUE}, the copy inside newsgraph.jar).")
    Path data;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder of articles (.txt, .html, .htm, .jsonl, .csv) and articles.csv "
                    + "(default: DATA/articles).")
    Path articles;
}
