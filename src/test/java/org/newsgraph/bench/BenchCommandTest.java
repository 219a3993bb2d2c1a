package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.cli.Main;

/**
 * The benchmark's command ({@code newsgraph-bench.jar}) on a tiny corpus: every figure and ratio is printed and is a number,
 * every query is timed, the scratch folder is removed; wrong sizes are usage errors. Whether the
 * figures are good is the benchmark's business, not a test's.
 */
class BenchCommandTest {
    private static CommandRun bench(String... args) {
        return CommandRun.with(Main.commandLine(new BenchCommand()), args);
    }

    @Test
    void printsEveryFigureAndRatio(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("bench");
        CommandRun r = bench("--articles", "12", "--query-runs", "1", "--work", work.toString());
        assertEquals(0, r.code(), r.err());
        for (String line : new String[] {"floor: read and decode", "extraction (articles -> N-Quads)",
            "floor: Jena parse + write N-Quads", "floor: Jena TDB2 loader, phased", "floor: Jena TDB2 loader, parallel",
            "build, no dumps (end to end)", "build with dumps (end to end)", "loader floor =",
            "build peak memory", "build dataset on disk", "incremental rebuild, 1 article", "ratios:", "entities.rq", "disagreements.rq",
            "entity-facts.rq", "query targets (p95 under 2000 ms a competency query, 50 ms one entity's facts)"}) {
            assertTrue(r.out().contains(line), "missing \"" + line + "\" in:\n" + r.out());
        }
        assertFalse(r.out().contains("wikidata-enrich.rq"), "federated queries are not timed");
        Matcher ratios = Pattern.compile("ratios: .*= ([0-9.]+); .*= ([0-9.]+); .*= ([0-9.]+)").matcher(r.out());
        assertTrue(ratios.find(), r.out());
        for (int g = 1; g <= 3; g++) {
            assertTrue(Double.parseDouble(ratios.group(g)) > 0, r.out());
        }
        assertTrue(r.out().contains("12 articles"), r.out());
        assertTrue(r.out().contains("full profile"), r.out());
        assertFalse(Files.exists(work), "the scratch folder is removed");
    }

    @Test
    void aScaleRunMeasuresTheBuildAgainstItsFloorAndKeepsItsDataset(@TempDir Path tmp) {
        Path work = tmp.resolve("bench");
        CommandRun r = bench("--articles", "12", "--scale", "--keep", "--work", work.toString());
        assertEquals(0, r.code(), r.err());
        Matcher ratio = Pattern.compile("build, no dumps / loader floor = ([0-9.]+);").matcher(r.out());
        assertTrue(ratio.find(), r.out());
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, r.out());
        assertTrue(r.out().contains("floor: Jena parse + write N-Quads  not measured (--scale)"), r.out());
        assertTrue(Pattern.compile("build dataset on disk +[1-9][0-9]* MB").matcher(r.out()).find(), r.out());
        assertFalse(r.out().contains("entities.rq"), "a scale run times no query");
        assertTrue(Files.isDirectory(work.resolve("out").resolve("current")), "--keep keeps the dataset");
    }

    @Test
    void timesTheQueriesAloneOnABuiltDataset() {
        CommandRun r = bench("--db", SampleDataset.shared().toString(), "--query-runs", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("disagreements.rq"), r.out());
        assertTrue(Pattern.compile("entity-facts.rq \\S+ +\\d+ .* 50 (met|OVER)").matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("query targets .*: \\d+ of \\d+ met").matcher(r.out()).find(), r.out());
        assertFalse(r.out().contains("build peak memory"), "no build");
    }

    @Test
    void aCorpusOfNoArticlesIsAUsageError(@TempDir Path tmp) {
        CommandRun r = bench("--articles", "0", "--work", tmp.resolve("b").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--articles"), r.err());
    }
}
