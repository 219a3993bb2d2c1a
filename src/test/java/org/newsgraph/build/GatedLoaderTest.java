package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gated loader: past its bound the stream waits for the indexes (it did wait, and every quad still
 * reached every index), and a bound at or under one of Jena's chunks, which would make the stream wait
 * for quads it has not handed on, is refused.
 */
class GatedLoaderTest {
    private static final long BOUND = 105_000;
    private static final int QUADS = 220_000;

    @Test
    void theStreamWaitsPastItsBoundAndLosesNothing(@TempDir Path tmp) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("tdb2")));
        GatedLoader loader = new GatedLoader(dsg, (format, args) -> { }, BOUND);
        loader.startBulk();
        StreamRDF stream = loader.stream();
        Node p = NodeFactory.createURI("http://example.org/p");
        for (int i = 0; i < QUADS; i++) {
            Node g = NodeFactory.createURI("http://example.org/g" + i % 7);
            Node s = NodeFactory.createURI("http://example.org/s" + i);
            stream.quad(Quad.create(g, s, p, NodeFactory.createLiteralString("object " + i)));
        }
        stream.triple(Triple.create(p, p, p));
        loader.finishBulk();
        assertTrue(loader.waits() > 0, "220,000 quads against a bound of 105,000: the stream waited");
        assertEquals(QUADS, loader.countQuads());
        try {
            Txn.executeRead(dsg, () -> {
                assertEquals(QUADS, dsg.stream().filter(q -> !q.isDefaultGraph()).count());
                assertEquals(1, dsg.getDefaultGraph().size());
                assertTrue(dsg.contains(NodeFactory.createURI("http://example.org/g" + (QUADS - 2) % 7),
                        NodeFactory.createURI("http://example.org/s" + (QUADS - 2)), p,
                        NodeFactory.createLiteralString("object " + (QUADS - 2))));
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aBoundUnderOneChunkIsRefused(@TempDir Path tmp) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("tdb2")));
        try {
            assertThrows(IllegalArgumentException.class, () -> new GatedLoader(dsg, (format, args) -> { }, 100_000));
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
