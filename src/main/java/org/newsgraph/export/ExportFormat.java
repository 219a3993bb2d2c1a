package org.newsgraph.export;

/**
 * The formats of {@code newsgraph export}. Turtle has no named graphs, so it holds the union of
 * the graphs (or one graph); the others keep every graph's name; CSV is one table per competency
 * query.
 */
public enum ExportFormat {
    /** Turtle: the union of all graphs, or the one named with {@code --graph}. */
    TURTLE("ttl"),
    /** TriG: every named graph. */
    TRIG("trig"),
    /** N-Quads: every named graph, one quad per line. */
    NQUADS("nq"),
    /** JSON-LD 1.1, compacted with newsgraph's context: every named graph. */
    JSONLD("jsonld"),
    /** CSV: one file per competency query, in a folder. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
