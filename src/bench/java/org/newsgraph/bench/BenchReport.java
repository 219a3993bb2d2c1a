package org.newsgraph.bench;

import java.util.List;
import org.newsgraph.build.DatabaseLoad;
import org.newsgraph.rdf.GraphProfile;

/**
 * The figures of one benchmark run; every time is in seconds unless named otherwise, and a time not
 * measured (a {@code --scale} run skips some) is {@code NaN}.
 *
 * <pre>{@code
 * BenchReport r = BenchRun.builder().articles(1000).build().run();
 * double ratio = r.buildSeconds() / r.loaderFloorSeconds();
 * }</pre>
 *
 * @param articles              articles in the corpus
 * @param textBytes             bytes of article text (UTF-8)
 * @param threads               threads converting articles
 * @param readSeconds           floor: reading and decoding the articles, nothing else
 * @param extractionSeconds     newsgraph: articles → N-Quads, no database
 * @param quads                 quads the extraction wrote
 * @param nquadsBytes           bytes of those N-Quads
 * @param parseSerialiseSeconds floor: Jena parsing those N-Quads and writing them again
 * @param bulkLoadSeconds       floor: Jena's phased TDB2 bulk loader loading them from the file into a fresh database
 * @param bulkLoadParallelSeconds floor: the same with Jena's parallel bulk loader
 * @param loader                the bulk loader the builds streamed into
 * @param profile               the graph profile of the extraction, the floors and the builds
 * @param buildSeconds          newsgraph build without dumps, end to end: its quads straight into the loader
 * @param buildConvertSeconds   of which reading, converting and validating (the loader filling the primary
 *                              indexes meanwhile)
 * @param buildLoadSeconds      of which completing the load after the last article (the other indexes)
 * @param buildDumpsSeconds     newsgraph build with its dumps (the default), end to end
 * @param buildPeakHeap         peak heap in use during the build, bytes (garbage not yet collected included)
 * @param buildPeakLiveHeap     peak heap in use just after a garbage collection during the build, bytes:
 *                              what the build holds, the figure that must not grow with the corpus
 * @param buildProbedLiveHeap   peak heap in use right after the full collections of {@code --memory-probe},
 *                              bytes: the live set itself; -1 when not probed
 * @param buildPeakResident     peak resident memory of the process during the build, bytes (-1 unknown)
 * @param buildDatabaseBytes    bytes of the files of the build's dataset folder without dumps (apparent size)
 * @param incrementalSeconds    a rebuild after one article changed
 * @param queries               latency of each query
 * @param load                  loading the gazetteer, rules and open data, and what they hold in memory
 */
public record BenchReport(int articles, long textBytes, int threads, double readSeconds, double extractionSeconds,
        long quads, long nquadsBytes, double parseSerialiseSeconds, double bulkLoadSeconds, double bulkLoadParallelSeconds,
        DatabaseLoad.Loader loader, GraphProfile profile, double buildSeconds, double buildConvertSeconds, double buildLoadSeconds,
        double buildDumpsSeconds, long buildPeakHeap, long buildPeakLiveHeap, long buildProbedLiveHeap, long buildPeakResident,
        long buildDatabaseBytes, double incrementalSeconds, List<QueryLatency> queries, DataLoad load) {

    public BenchReport {
        queries = List.copyOf(queries);
    }

    /** The floor of the loader the builds streamed into, loading the same quads from a file. */
    public double loaderFloorSeconds() {
        return loader.floor() == DatabaseLoad.Loader.PARALLEL ? bulkLoadParallelSeconds : bulkLoadSeconds;
    }

    /**
     * Loading the data a build needs before its first article: the curated gazetteer, the rules and the open
     * data.
     *
     * @param seconds          time to load them, in a JVM that has not loaded them before
     * @param gazetteerEntities curated entities
     * @param openDataEntries  places, parties and people of the open data
     * @param offices          terms of office of the open data
     * @param heldBytes        heap they hold once loaded (after a collection), bytes
     */
    public record DataLoad(double seconds, int gazetteerEntities, int openDataEntries, int offices, long heldBytes) {
    }

    /**
     * The latency of one query over its timed runs.
     *
     * @param name     the query's file name (or what it looks up)
     * @param rows     rows of its last run
     * @param medianMs median, milliseconds
     * @param p95Ms    95th percentile (nearest rank), milliseconds
     * @param targetMs the p95 issue 18 asks of it, milliseconds: 2 s for a competency query, 50 ms for one
     *                 entity's facts
     */
    public record QueryLatency(String name, long rows, double medianMs, double p95Ms, double targetMs) {
        /** Whether its p95 is under its target. */
        public boolean met() {
            return p95Ms < targetMs;
        }
    }
}
