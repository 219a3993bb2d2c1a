package org.newsgraph.opendata;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: per source file the rows read, skipped (with reasons) and other counts, and per
 * output file the rows written (and, for files with an {@code id_quality} column, per quality).
 *
 * <pre>{@code
 * ImportReport report = OpenDataImport.builder().from(Path.of("opendata")).build().run();
 * report.output("places.csv").written();
 * }</pre>
 *
 * @param sources per source file, in reading order
 * @param outputs per output file, in writing order
 * @param elapsed how long the import took
 */
public record ImportReport(List<SourceCount> sources, List<OutputCount> outputs, Duration elapsed) {

    public ImportReport {
        sources = List.copyOf(sources);
        outputs = List.copyOf(outputs);
    }

    /**
     * A source file's counts.
     *
     * @param file    the file name
     * @param read    data rows read
     * @param skipped rows left out, by reason
     * @param notes   other counts (rows merged, kept without a country …)
     */
    public record SourceCount(String file, long read, Map<String, Long> skipped, Map<String, Long> notes) {
        public SourceCount {
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
            notes = Collections.unmodifiableMap(new TreeMap<>(notes));
        }

        /** All rows left out. */
        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * An output file's counts.
     *
     * @param file      the file name
     * @param written   data rows written
     * @param byQuality rows per {@code id_quality} in the order of {@link IdQuality}, empty for files without that column
     */
    public record OutputCount(String file, long written, Map<IdQuality, Long> byQuality) {
        public OutputCount {
            Map<IdQuality, Long> ordered = new EnumMap<>(IdQuality.class);
            ordered.putAll(byQuality);
            byQuality = Collections.unmodifiableMap(ordered);
        }
    }

    /** The counts of an output file. */
    public OutputCount output(String file) {
        return outputs.stream().filter(o -> o.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no output " + file));
    }

    /** The counts of a source file. */
    public SourceCount source(String file) {
        return sources.stream().filter(s -> s.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + file));
    }
}
