package org.newsgraph.build;

import java.time.Duration;

/**
 * What a running build tells the one who started it: the phase it is in and, while it converts,
 * how far it got. {@code build} prints it as a progress line on a terminal and as periodic log
 * lines otherwise; tests and the benchmark pass {@link #NONE}.
 *
 * <pre>{@code
 * DatasetBuild.builder().progress(p -> System.err.println(p.phase() + " " + p.articles())).build().run();
 * }</pre>
 */
@FunctionalInterface
public interface BuildProgress {
    /** Reports nothing. */
    BuildProgress NONE = p -> { };

    /**
     * Called when the build enters a phase, and while converting at most every
     * {@link ConversionMeter#EVERY} of work; on the build's own thread, never concurrently.
     */
    void report(Progress progress);

    /** The phases of a build, in the order they come. */
    enum Phase {
        /** Checking what changed since the previous build. */
        CHECKING("checking what changed"),
        /** Loading the gazetteer, the rules, the shapes and the ontology. */
        PREPARING("loading the gazetteer and rules"),
        /** Reading, converting and validating the articles. */
        CONVERTING("converting articles"),
        /** Filling the TDB2 database. */
        LOADING("loading the database"),
        /** Writing the dumps anew after an update. */
        DUMPING("writing the dumps"),
        /** Putting the new dataset in place. */
        PUBLISHING("putting the dataset in place");

        private final String text;

        Phase(String text) {
            this.text = text;
        }

        /** The phase in words, for a progress line. */
        public String text() {
            return text;
        }
    }

    /**
     * Where a build is.
     *
     * @param phase     the phase it is in
     * @param articles  articles converted so far
     * @param done      bytes of article files converted so far (an estimate inside a batch file)
     * @param total     bytes of all article files, 0 when unknown
     * @param elapsed   time since the build started
     */
    record Progress(Phase phase, long articles, long done, long total, Duration elapsed) {
        /** The share of the articles converted, from 0 to 1, or -1 when unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }
}
