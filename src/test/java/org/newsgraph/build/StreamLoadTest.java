package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.SampleDataset;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;
import org.newsgraph.rdf.Iris;

/**
 * The sample articles' quads streamed into a TDB2 database: with either of Jena's bulk loaders (the
 * threshold lowered so that the bulk path runs on a small corpus) and in one transaction, the
 * database holds exactly the graph the converter made.
 */
class StreamLoadTest {
    private static final List<List<Quad>> BATCHES = new ArrayList<>();
    private static final DatasetGraph EXPECTED = DatasetGraphFactory.createTxnMem();

    @BeforeAll
    static void convert() {
        ArticleConverter converter = ArticleConverter.of(new Iris(Iris.DEFAULT_BASE), Pipeline.load(SampleDataset.DATA));
        List<Article> articles = ArticleLoader.load(SampleDataset.DATA.resolve("articles"));
        converter.emit(articles, StreamRDFLib.dataset(EXPECTED));
        CorpusEmitter.Entities entities = converter.emitter().entities();
        for (Article article : articles) {
            ArticleGraph graph = converter.convert(article);
            BATCHES.add(graph.quads());
            entities.add(graph);
        }
        BATCHES.add(entities.quads());
    }

    @ParameterizedTest
    @EnumSource(DatabaseLoad.Loader.class)
    void theBulkLoaderGetsEveryQuad(DatabaseLoad.Loader kind, @TempDir Path tmp) {
        StreamLoad load = new StreamLoad(open(tmp), kind, 10);
        BATCHES.forEach(load::add);
        assertTrue(load.bulk(), "past the threshold the bulk loader takes over");
        load.finish();
        assertLoaded(tmp);
    }

    @Test
    void aSmallBuildLoadsInOneTransaction(@TempDir Path tmp) {
        StreamLoad load = new StreamLoad(open(tmp), DatabaseLoad.Loader.CHOSEN);
        BATCHES.forEach(load::add);
        assertFalse(load.bulk());
        load.finish();
        assertLoaded(tmp);
    }

    private static CompletableFuture<DatasetGraph> open(Path tmp) {
        return CompletableFuture.completedFuture(DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("tdb2"))));
    }

    private static void assertLoaded(Path tmp) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("tdb2")));
        try {
            Txn.executeRead(dsg, () -> assertTrue(IsoMatcher.isomorphic(EXPECTED, dsg),
                    "the database holds the converter's graph"));
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
