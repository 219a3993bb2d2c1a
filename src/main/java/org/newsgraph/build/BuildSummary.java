package org.newsgraph.build;

import java.time.Duration;
import org.newsgraph.store.BuildInfo;

/**
 * What a build produced.
 *
 * <pre>{@code
 * BuildSummary s = build.run();
 * System.out.println(s.articles() + " articles, " + s.quads() + " triples");
 * }</pre>
 *
 * @param articles articles converted
 * @param entities entities described in the shared graph
 * @param mentions mentions found
 * @param quads    triples written, over all graphs
 * @param elapsed  wall-clock time
 * @param changed  articles converted anew by an incremental build (new or changed)
 * @param removed  articles whose graphs an incremental build removed
 * @param incremental whether the build updated the dataset in use rather than building it all anew
 * @param converting time a full build spent reading and converting the articles (zero for an update)
 * @param loading    time a full build spent loading the database (zero for an update)
 */
public record BuildSummary(int articles, int entities, long mentions, long quads, Duration elapsed, int changed,
        int removed, boolean incremental, Duration converting, Duration loading) {
    /** The summary of a build that left the dataset as it was, from what the build in use wrote. */
    static BuildSummary unchanged(BuildInfo info, Duration elapsed) {
        return new BuildSummary(Math.toIntExact(info.articles()), info.entities(), info.mentions(), info.triples(),
                elapsed, 0, 0, true, Duration.ZERO, Duration.ZERO);
    }

    /** Elapsed seconds with one decimal. */
    public String seconds() {
        return String.format(java.util.Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0);
    }
}
