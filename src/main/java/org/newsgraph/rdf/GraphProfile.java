package org.newsgraph.rdf;

import java.util.Locale;

/**
 * How much of what an article says a build writes. {@link #FULL}, the default, keeps full
 * provenance: every sentence, every statement with its sentence, offsets and rule, and every
 * mention of an entity as a node of its own (about 8 triples each, over half of a large graph).
 * {@link #LEAN} keeps the articles, the sentences and the statements with their sentence
 * provenance exactly as the full profile writes them, and the same entities graph, but no
 * {@code ng:Mention} nodes: for users who load millions of articles and query statements, not
 * where each name stands. The queries that read mentions ({@code queries/entities.rq},
 * {@code queries/mentions.rq}, and the workbench's article and co-mention pages) return no rows on
 * a lean dataset; they say so in their first lines.
 *
 * <pre>{@code
 * CorpusEmitter emitter = new CorpusEmitter(iris, sources, GraphProfile.LEAN);
 * GraphProfile profile = GraphProfile.of("lean");
 * }</pre>
 */
public enum GraphProfile {
    /** Every mention as a node with its sentence, offsets, surface form and match type. */
    FULL,
    /** The statements with their sentence provenance, without the mention nodes. */
    LEAN;

    /** The profile of a name as the command line and the build's settings write it ("full", "lean"). */
    public static GraphProfile of(String name) {
        for (GraphProfile p : values()) {
            if (p.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no graph profile \"" + name + "\"; use full or lean");
    }

    /** Its name in lower case, as the command line and the build's settings write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the profile writes the mention nodes. */
    public boolean mentions() {
        return this == FULL;
    }
}
