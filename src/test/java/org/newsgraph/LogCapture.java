package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what slf4j-simple logs (it writes to whatever {@code System.err} is at the time, see
 * {@code simplelogger.properties}) while a test exercises a warning on purpose, so the test can
 * assert on the warning and the build's log shows only warnings nobody expected.
 * {@code System.err} is the JVM's, so this catches the lines of every thread, servers' included.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     pipeline.annotate(article);
 *     assertTrue(log.text().contains("has no sentence end"), log.text());
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
    private final PrintStream previous;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private LogCapture() {
        previous = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing standard error, until {@link #close()}. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** What was logged so far. */
    public String text() {
        System.err.flush();
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Gives standard error back. */
    @Override
    public void close() {
        System.err.flush();
        System.setErr(previous);
    }
}
