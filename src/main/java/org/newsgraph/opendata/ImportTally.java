package org.newsgraph.opendata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts what the import read, skipped and noticed per source file while it runs, for the
 * {@link ImportReport}.
 *
 * <pre>{@code
 * tally.read("cities.csv", 66572);
 * tally.skip("cities.csv", "no Wikidata id");
 * }</pre>
 */
final class ImportTally {
    private final Map<String, Long> read = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> skipped = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> notes = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> examples = new LinkedHashMap<>();
    private static final int EXAMPLES = 5;

    /** The file was read with this many data rows. */
    void read(String file, long rows) {
        read.merge(file, rows, Long::sum);
    }

    /** A row of the file was left out, for this reason. */
    void skip(String file, String reason) {
        skipped.computeIfAbsent(file, f -> new TreeMap<>()).merge(reason, 1L, Long::sum);
    }

    /** Something worth counting happened to a row of the file (merged, kept without a country …). */
    void note(String file, String what) {
        notes.computeIfAbsent(file, f -> new TreeMap<>()).merge(what, 1L, Long::sum);
    }

    /** As {@link #note}, naming the value it happened for; the report names the first few values. */
    void note(String file, String what, String value) {
        note(file, what);
        examples.computeIfAbsent(file, f -> new TreeMap<>()).computeIfAbsent(what, w -> new TreeSet<>()).add(value);
    }

    /** The report of the import. */
    ImportReport report(List<ImportReport.OutputCount> outputs, Duration elapsed) {
        List<ImportReport.SourceCount> sources = new ArrayList<>();
        read.forEach((file, rows) -> {
            Map<String, Long> named = new TreeMap<>();
            Map<String, Set<String>> values = examples.getOrDefault(file, Map.of());
            notes.getOrDefault(file, Map.of()).forEach((what, n) -> named.put(withExamples(what, values.get(what)), n));
            sources.add(new ImportReport.SourceCount(file, rows, skipped.getOrDefault(file, Map.of()), named));
        });
        return new ImportReport(sources, outputs, elapsed);
    }

    private static String withExamples(String what, Set<String> values) {
        if (values == null || values.isEmpty()) {
            return what;
        }
        List<String> first = values.stream().limit(EXAMPLES).toList();
        return what + " (" + String.join(", ", first) + (values.size() > EXAMPLES
                ? " and " + (values.size() - EXAMPLES) + " more)" : ")");
    }
}
