package org.newsgraph.article;

import java.nio.file.Path;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the loader reports what it tolerates: logged as a warning, or, in strict mode, thrown as
 * an {@link InputException} that says how to fix it.
 *
 * <pre>{@code
 * new Warnings(true).warn(file, 0, "a PDF document, not a text article", "skipped", "remove it");
 * // throws: notes.pdf: a PDF document, not a text article; remove it (an error with --strict)
 * }</pre>
 */
final class Warnings {
    /** Under the loader's name, which is what a user reading the log knows. */
    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    private final boolean strict;
    private final boolean silent;

    Warnings(boolean strict) {
        this(strict, false);
    }

    private Warnings(boolean strict, boolean silent) {
        this.strict = strict;
        this.silent = silent;
    }

    /** Warnings neither logged nor thrown: for reading again what was read (and reported) once. */
    static Warnings silent() {
        return new Warnings(false, true);
    }

    /**
     * Reports a problem.
     *
     * @param file    where it is
     * @param line    the line, or 0 for the whole file
     * @param problem what is wrong
     * @param outcome what happens when it is tolerated ("skipped", "ignored")
     * @param fix     how to fix it
     */
    void warn(Path file, long line, String problem, String outcome, String fix) {
        if (silent) {
            return;
        }
        if (strict) {
            String message = problem + "; " + fix + " (an error with --strict)";
            throw line > 0 ? new InputException(file, line, message) : new InputException(file, message);
        }
        LOG.warn("{}{}: {}; {}", Locations.describe(file), line > 0 ? " line " + line : "", problem, outcome);
    }
}
