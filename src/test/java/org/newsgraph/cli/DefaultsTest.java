package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Bundled;
import org.newsgraph.Locations;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The jar works from any folder: every option that names an input has a default inside the jar
 * ({@code bundled:…}), never a path relative to the working folder; only the places newsgraph
 * writes to ({@code --out}, {@code --db}, …) are relative to it.
 */
class DefaultsTest {
    /** Options naming where a command writes or what it reads back of its own output. */
    private static final Set<String> OUTPUTS = Set.of("--out", "--db", "--work", "--links", "--cache", "--to");

    @Test
    void everyInputDefaultIsInsideTheJar() {
        List<String> relative = new ArrayList<>();
        int inputs = 0;
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (option.type() != Path.class || option.defaultValue() == null || OUTPUTS.contains(option.longestName())) {
                    continue;
                }
                inputs++;
                Path path = Main.path(option.defaultValue());
                if (!Bundled.isBundled(path) || !Files.exists(path)) {
                    relative.add(sub.getCommandName() + " " + option.longestName() + " " + option.defaultValue());
                }
            }
        }
        assertTrue(inputs >= 10, "the commands have their data, queries, shapes, ontology and context options");
        assertEquals(List.of(), relative, "input defaults that depend on the working folder");
    }

    @Test
    void bundledNamesAreReadableAndCannotLeaveTheBundle() {
        Path rules = Main.path("bundled:data/rules");
        assertTrue(Files.isRegularFile(rules.resolve("titles.csv")));
        assertEquals("bundled:data/rules", Locations.describe(rules));
        CommandRun r = CommandRun.of("query", "--db", "bundled:../../../etc", "--sparql", "ASK {}");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not a bundled file"), r.err());
    }

    @Test
    void aMissingQueryFileNamesTheBundledQueryOfThatName(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path out = org.newsgraph.SampleDataset.shared();
        CommandRun r = CommandRun.of("query", "--db", out.toString(), tmp.resolve("queries/entities.rq").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bundled:queries/entities.rq"), r.err());
        CommandRun bundled = CommandRun.of("query", "--db", out.toString(), "--format", "csv", "bundled:queries/entities.rq");
        assertEquals(0, bundled.code(), bundled.err());
        assertTrue(bundled.out().contains("nikol-pashinyan"), bundled.out());
    }

    @Test
    void buildHasShapesAndOntologyOptions() {
        CommandRun r = CommandRun.of("build", "--help");
        assertTrue(r.out().contains("--shapes") && r.out().contains("--ontology"), r.out());
    }
}
