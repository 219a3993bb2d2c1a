package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandRun;

/**
 * An event told in a claim points to that claim, which the graph holds: a headline that calls for an end to
 * attacks, repeated in the lead, once made an event claimed in a claim the graph did not hold, and the build
 * failed SHACL. An attack told in a speaker's quotation points to the quotation, and the build validates.
 */
class ClaimedEventsTest {
    @TempDir
    Path tmp;

    @Test
    void everyClaimedInPointsToAClaimOfTheGraph() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), "The United States Calls for an Immediate Cessation of Attacks in "
                + "Kassala, Gedaref, Sudan\n\nThe United States calls on all armed forces in Sudan to immediately cease "
                + "attacks in Kassala, Gedaref.\n");
        Path out = tmp.resolve("out");
        CommandRun build = CommandRun.of("build", "--validate-all", "--articles", articles.toString(), "--out",
                out.toString());
        assertEquals(0, build.code(), build.err());
        DatasetGraph d = RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString());
        Node claimedIn = NG.claimedIn;
        d.find(Node.ANY, Node.ANY, claimedIn, Node.ANY).forEachRemaining(q -> assertTrue(
                d.contains(q.getGraph(), q.getObject(), org.apache.jena.vocabulary.RDF.type.asNode(), NG.Claim),
                q.getObject() + " is a claim of the graph"));
    }

    @Test
    void anAttackToldInAQuotationIsClaimedInTheQuotationAndTheBuildValidates() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a2.txt"), "Border post attacked\n\n“Some 50 rebels of the Polisario Front "
                + "attacked a police post at dawn in Kharkiv,” said army spokesman Jane Roe.\n");
        Path out = tmp.resolve("out");
        CommandRun build = CommandRun.of("build", "--validate-all", "--articles", articles.toString(), "--out",
                out.toString());
        assertEquals(0, build.code(), build.err());
        DatasetGraph d = RDFDataMgr.loadDatasetGraph(out.resolve("dataset.nq").toString());
        java.util.List<org.apache.jena.sparql.core.Quad> claimed = new java.util.ArrayList<>();
        d.find(Node.ANY, Node.ANY, NG.claimedIn, Node.ANY).forEachRemaining(claimed::add);
        assertEquals(1, claimed.size(), claimed.toString());
        org.apache.jena.sparql.core.Quad q = claimed.get(0);
        assertTrue(d.contains(q.getGraph(), q.getObject(), org.apache.jena.vocabulary.RDF.type.asNode(), NG.Quotation),
                q.getObject() + " is the quotation");
    }
}
