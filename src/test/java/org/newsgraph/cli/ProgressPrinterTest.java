package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.build.BuildProgress.Phase;
import org.newsgraph.build.BuildProgress.Progress;

/** How a long build shows its progress on a terminal and in a log, and why a short one stays quiet. */
class ProgressPrinterTest {
    private static Progress converting(long articles, long done, long total, long seconds) {
        return new Progress(Phase.CONVERTING, articles, done, total, Duration.ofSeconds(seconds));
    }

    @Test
    void aLineSaysThePhaseTheArticlesTheShareTheRateAndTheTimeLeft() {
        assertEquals("converting articles: 1,200 (25%), 40 articles/s, about 1 min 30 s left [30 s]",
                ProgressPrinter.line(converting(1200, 250, 1000, 30)));
        assertEquals("converting articles: 8, 4 articles/s [2 s]", ProgressPrinter.line(converting(8, 0, 0, 2)),
                "no share and no time left when the size of the corpus is unknown");
        assertEquals("loading the database [1 h 2 min]",
                ProgressPrinter.line(new Progress(Phase.LOADING, 0, 0, 0, Duration.ofMinutes(62))));
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlaceAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);
        printer.report(converting(10, 10, 1000, 0));
        assertEquals("", err.toString(), "quiet during the first second");
        printer.report(converting(100, 100, 1000, 2));
        printer.report(converting(200, 200, 1000, 3));
        printer.done();
        String shown = err.toString();
        assertTrue(shown.startsWith("\rconverting articles: 100 (10%)"), shown);
        assertTrue(shown.contains("\rconverting articles: 200 (20%)"), shown);
        assertTrue(shown.endsWith("\r"), "the line is cleared for the summary");
        assertTrue(!shown.contains("\n"), "no new lines on a terminal");
    }

    @Test
    void aLogGetsAPlainLineAtEachPhaseAndEveryTenSecondsOnlyForLongBuilds() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), false);
        printer.report(new Progress(Phase.PREPARING, 0, 0, 0, Duration.ofSeconds(1)));
        printer.report(converting(10, 10, 1000, 3));
        assertEquals("", err.toString(), "a short build prints nothing");
        printer.report(converting(500, 500, 1000, 10));
        printer.report(converting(600, 600, 1000, 15));
        printer.report(converting(900, 900, 1000, 20));
        printer.report(new Progress(Phase.LOADING, 0, 0, 0, Duration.ofSeconds(21)));
        printer.done();
        assertEquals(String.join("\n",
                "build: converting articles: 500 (50%), 50 articles/s, about 10 s left [10 s]",
                "build: converting articles: 900 (90%), 45 articles/s, about 2 s left [20 s]",
                "build: loading the database [21 s]", ""), err.toString().replace(System.lineSeparator(), "\n"));
    }
}
