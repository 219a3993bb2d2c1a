package org.newsgraph.pipeline;

import java.util.Set;

/**
 * One step of the {@link Pipeline}: it declares the layers it needs and the layers it adds (the
 * requires/provides idea of CoreNLP's annotators), and turns one immutable {@link Annotation}
 * into the next. A stage that rewrites a layer an earlier stage provided (the resolver's
 * mentions) declares it in {@link #refines()}; {@link Stages} checks all of it when a pipeline
 * is built. A stage holds no per-article state, so one serves any number of articles and threads.
 *
 * <pre>{@code
 * record Shout() implements Stage {
 *     public String name() { return "shout"; }
 *     public Set<Layer> requires() { return Set.of(Layer.TEXT); }
 *     public Set<Layer> provides() { return Set.of(); }
 *     public Annotation apply(Annotation a) { return a; }
 * }
 * }</pre>
 */
public interface Stage {
    /** A short name for messages: "normalise", "split", "recognise"… */
    String name();

    /** The layers an earlier stage must have provided. */
    Set<Layer> requires();

    /** The layers this stage adds; no earlier stage may have provided them. */
    Set<Layer> provides();

    /** The layers an earlier stage provided that this stage rewrites; none unless said. */
    default Set<Layer> refines() {
        return Set.of();
    }

    /** The annotation with this stage's layers added (or refined). */
    Annotation apply(Annotation annotation);
}
