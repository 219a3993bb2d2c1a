package org.newsgraph.push;

/**
 * Told of every graph that has landed (or been deleted) at the endpoint, after it is recorded;
 * for progress reports. A listener that throws stops the push, which can then be resumed.
 *
 * <pre>{@code
 * Pusher.builder().listener(step -> log.info("{}/{} {}", step.done(), step.total(), step.graph()));
 * }</pre>
 */
@FunctionalInterface
public interface PushListener {
    /** A listener that does nothing. */
    PushListener NONE = step -> { };

    /** {@code step} has landed and is recorded. */
    void landed(PushStep step);
}
