package org.newsgraph.push;

import java.util.Objects;

/**
 * One change made at the endpoint.
 *
 * <pre>{@code
 * new PushStep("https://w3id.org/newsgraph/id/graph/entities", PushStep.Action.REPLACED, 1, 3);
 * }</pre>
 *
 * @param graph  the graph's IRI
 * @param action what was done to it
 * @param done   changes made so far in this push, this one included (from 1)
 * @param total  changes this push makes
 */
public record PushStep(String graph, Action action, int done, int total) {
    /** What a push does to a graph. */
    public enum Action {
        /** The graph was sent with {@code PUT}, replacing whatever the endpoint held under its name. */
        REPLACED,
        /** The graph, pushed before and gone from the dataset, was deleted with {@code DELETE}. */
        DELETED
    }

    public PushStep {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(action, "action");
        if (done < 1 || done > total) {
            throw new IllegalArgumentException("done must be within 1.." + total + ": " + done);
        }
    }
}
