package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.newsgraph.build.BuildProgress;

/**
 * Shows how far a long build got: on a terminal one line rewritten in place (phase, articles,
 * share done, rate, time left) once the build has run {@link #QUIET_FOR}; otherwise, from
 * {@link #LOG_EVERY} on, a plain line at each new phase and every {@link #LOG_EVERY}, so that logs of
 * long unattended builds show life and short builds print nothing.
 *
 * <pre>{@code
 * ProgressPrinter printer = new ProgressPrinter(err, System.console() != null);
 * DatasetBuild.builder().progress(printer).build().run();
 * printer.done();
 * }</pre>
 */
final class ProgressPrinter implements BuildProgress {
    /** On a terminal, a build shorter than this shows no progress. */
    static final Duration QUIET_FOR = Duration.ofSeconds(1);
    /** Without a terminal, the least time between two progress lines. */
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final PrintWriter err;
    private final boolean terminal;
    private Phase phase;
    private Duration lastLine = Duration.ZERO;
    private int width;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void report(Progress p) {
        boolean newPhase = p.phase() != phase;
        phase = p.phase();
        if (p.elapsed().compareTo(terminal ? QUIET_FOR : LOG_EVERY) < 0) {
            return;
        }
        if (terminal) {
            String line = line(p);
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        } else if (newPhase || p.elapsed().minus(lastLine).compareTo(LOG_EVERY) >= 0) {
            lastLine = p.elapsed();
            err.println("build: " + line(p));
            err.flush();
        }
    }

    /** Clears the progress line, if one was shown, before the summary is printed. */
    void done() {
        if (terminal && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** The progress in words: {@code converting articles: 1,234 (45%), 310 articles/s, about 1 min 2 s left}. */
    static String line(Progress p) {
        StringBuilder s = new StringBuilder(p.phase().text());
        if (p.phase() == Phase.CONVERTING) {
            s.append(String.format(Locale.ROOT, ": %,d", p.articles()));
            double fraction = p.fraction();
            if (fraction >= 0) {
                s.append(String.format(Locale.ROOT, " (%d%%)", Math.round(fraction * 100)));
            }
            double seconds = p.elapsed().toMillis() / 1000.0;
            if (p.articles() > 0 && seconds > 0) {
                s.append(String.format(Locale.ROOT, ", %,.0f articles/s", p.articles() / seconds));
            }
            if (fraction > 0.02 && fraction < 1) {
                long left = Math.round(seconds * (1 - fraction) / fraction);
                s.append(", about ").append(duration(left)).append(" left");
            }
        }
        return s.append(String.format(Locale.ROOT, " [%s]", duration(p.elapsed().toSeconds()))).toString();
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
