package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.export.OutputFile;
import org.newsgraph.review.LinkReview;
import org.newsgraph.review.Review;
import org.newsgraph.review.ReviewRun;
import org.newsgraph.review.ReviewTarget;
import org.newsgraph.review.ReviewWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph review}: lists the entities the gazetteer does not know, as CSV a curator can
 * edit and add to the gazetteer. Exit 0 done, 1 failed (e.g. no articles folder), 2 wrong usage.
 *
 * <pre>{@code
 * java -jar target/newsgraph.jar review --out review.csv --min-count 2
 * java -jar target/newsgraph.jar review --gazetteer-format --out data/gazetteer/reviewed-1.csv
 * }</pre>
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over the articles and lists every entity the gazetteer does not know "
                + "(people found by the shape of the text), merged across articles, as CSV: the gazetteer's columns "
                + "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source, then count, articles, confidence "
                + "(0-1), surfaces, examples and rule. Sorted by count, then id.",
            "Edit the rows (kind, country, wikidata + source) and add them to a file of the gazetteer folder."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the CSV to this file instead of standard output. It must not be a file of the "
                    + "gazetteer or rules folder, however the path is spelled (links are followed); a new file in the "
                    + "gazetteer folder is fine.")
    Path out;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
            description = "Example sentences per entity (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Leave out entities seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--gazetteer-format",
            description = "Write only the nine gazetteer columns, ready to save in the gazetteer folder.")
    boolean gazetteerFormat;

    @Option(names = "--links",
            description = "List the Wikidata link decisions to look at instead: close calls (linked while other "
                    + "candidates came near), refusals that weighed candidates, and entities of the open data whose id "
                    + "is not linked (sources in conflict, or a source not trusted alone), with rule, score, candidates "
                    + "and reason.")
    boolean links;

    @Override
    public Integer call() {
        if (examples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--examples " + examples + ": give 0 or more example sentences");
        }
        if (minCount < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-count " + minCount + ": give 1 or more");
        }
        if (out != null) {
            ReviewTarget.check(out, corpus.data);
        }
        ReviewRun run = ReviewRun.builder().data(corpus.data).articles(corpus.articles).examples(examples)
                .minCount(minCount).build();
        if (links) {
            LinkReview decisions = run.links();
            String csv = decisions.csv();
            PrintWriter stdout = spec.commandLine().getOut();
            if (out == null) {
                stdout.print(csv);
            } else {
                OutputFile.write(out, o -> o.write(csv.getBytes(StandardCharsets.UTF_8)));
                stdout.printf("%d link decisions to look at written to %s%n", decisions.rows().size(),
                        Locations.describe(out));
            }
            stdout.flush();
            return 0;
        }
        Review review = run.run();
        String csv = ReviewWriter.toCsv(review, gazetteerFormat);
        PrintWriter err = spec.commandLine().getErr();
        review.notes().forEach(note -> err.println("newsgraph: note: " + note));
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(csv);
        } else {
            OutputFile.write(out, o -> o.write(csv.getBytes(StandardCharsets.UTF_8)));
            stdout.printf("Reviewed %d articles: %d unknown entities written to %s%n", review.articles(),
                    review.rows().size(), Locations.describe(out));
        }
        stdout.flush();
        return 0;
    }
}
