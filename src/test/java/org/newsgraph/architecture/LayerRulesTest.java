package org.newsgraph.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which package may not refer to which, beyond having no cycle ({@link PackageCyclesTest}): the
 * product never uses the benchmark, which lives beside it in {@code src/bench/java}; {@code rdf}
 * turns annotated articles into quads and never runs the pipeline or the build; {@code store}
 * reads a built dataset and never builds one. A reference is an {@code import} or a qualified
 * name in the code of {@code src/main/java}.
 */
class LayerRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/newsgraph");
    private static final Path BENCH = Path.of("src/bench/java/org/newsgraph/bench");

    @Test
    void theProductNeverUsesTheBenchmark() throws IOException {
        assertTrue(Files.isDirectory(BENCH), "the benchmark's sources are in " + BENCH);
        assertEquals(List.of(), referencesIn(MAIN, "org\\.newsgraph\\.bench\\."),
                "product code refers to the benchmark; the benchmark may use the product, not the other way round");
    }

    @Test
    void rdfNeverRunsThePipelineOrTheBuild() throws IOException {
        assertEquals(List.of(), referencesIn(MAIN.resolve("rdf"), "org\\.newsgraph\\.(pipeline\\.Pipeline\\b|build\\.)"),
                "rdf turns annotated articles into quads; pass it what it needs (EntitySources), not the pipeline");
    }

    @Test
    void storeNeverBuilds() throws IOException {
        assertEquals(List.of(), referencesIn(MAIN.resolve("store"), "org\\.newsgraph\\.build\\."),
                "store reads a built dataset; building is the build package's");
    }

    @Test
    void aForbiddenReferenceIsFound(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("A.java"), "package org.newsgraph.x;\nimport org.newsgraph.bench.BenchRun;\n");
        assertEquals(List.of("A.java:2: import org.newsgraph.bench.BenchRun;"),
                referencesIn(tmp, "org\\.newsgraph\\.bench\\.").stream()
                        .map(s -> s.substring(s.lastIndexOf("A.java"))).toList());
    }

    /** Every line of the Java files under {@code dir} that matches {@code reference}, as "file:line: text". */
    private static List<String> referencesIn(Path dir, String reference) throws IOException {
        Pattern pattern = Pattern.compile(reference);
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 0, "no Java file under " + dir);
        return found;
    }
}
