package org.newsgraph.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages of a source tree and the packages each one names: every {@code import
 * org.newsgraph.x.Y} or {@code org.newsgraph.x.Y} written in a class (code or javadoc) is an edge from
 * the class's package to {@code x}. Subpackages are packages of their own ({@code discover.persons}),
 * as jdeps sees them; {@code (root)} is {@code org.newsgraph} itself.
 *
 * <pre>{@code
 * Map<String, Set<String>> edges = PackageGraph.read(Path.of("src/main/java/org/newsgraph"));
 * }</pre>
 */
final class PackageGraph {
    private static final Pattern REFERENCE = Pattern.compile("org\\.newsgraph\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");

    private PackageGraph() {
    }

    /** Package → the other packages it names, for every package of {@code root} (org/newsgraph of a source tree). */
    static Map<String, Set<String>> read(Path root) throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                String from = relative.getNameCount() > 1
                        ? relative.getParent().toString().replace(java.io.File.separatorChar, '.') : "(root)";
                Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return edges;
    }

    /** The top-level package of a package: {@code discover} for {@code discover.persons}. */
    static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }
}
