package org.newsgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * What a build wrote down about itself in {@code newsgraph-build.properties}: the counts a
 * summary prints. A build that finds nothing changed answers from it without loading the
 * pipeline.
 *
 * <pre>{@code
 * BuildInfo.read(layout.buildInfo()).ifPresent(info -> System.out.println(info.articles()));
 * }</pre>
 *
 * @param articles articles in the dataset
 * @param entities entities described
 * @param mentions mentions found
 * @param triples  triples over all graphs
 */
record BuildInfo(int articles, int entities, long mentions, long triples) {
    /** The counts of {@code file}; empty when it is missing or does not hold them all. */
    static Optional<BuildInfo> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new BuildInfo(Integer.parseInt(p.getProperty("articles")),
                    Integer.parseInt(p.getProperty("entities")), Long.parseLong(p.getProperty("mentions")),
                    Long.parseLong(p.getProperty("triples"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The summary of a build that left the dataset as it was. */
    BuildSummary unchanged(Duration elapsed) {
        return new BuildSummary(articles, entities, mentions, triples, elapsed, 0, 0, true, Duration.ZERO, Duration.ZERO);
    }
}
