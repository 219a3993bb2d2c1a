package org.newsgraph.cli;

import java.util.List;

/**
 * Sets slf4j-simple's level from {@code -v} / {@code -q} before any logger exists (slf4j-simple
 * reads its settings once, when the first logger is made).
 *
 * <pre>{@code
 * Logging.configure(List.of(args));
 * }</pre>
 */
final class Logging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    static void configure(List<String> args) {
        if (args.contains("-v") || args.contains("--verbose")) {
            System.setProperty(LEVEL, "debug");
        } else if (args.contains("-q") || args.contains("--quiet")) {
            System.setProperty(LEVEL, "error");
        }
    }
}
