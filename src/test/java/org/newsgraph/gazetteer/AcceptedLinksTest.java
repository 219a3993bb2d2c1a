package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;
import org.newsgraph.SampleDataset;
import org.newsgraph.build.DatasetBuild;

/**
 * The links {@code newsgraph link} accepted: read with their checks, and applied by the build to
 * entities without a confirmed id (so a rebuild needs no network).
 */
class AcceptedLinksTest {
    static final String HEADER = "entity,label,kind,candidate,candidate_label,score,accepted,date,endpoint\n";

    @TempDir
    Path tmp;

    @Test
    void onlyAcceptedRowsCount() throws IOException {
        Path file = tmp.resolve("links.csv");
        Files.writeString(file, HEADER
                + "jane-roe,Jane Roe,Person,Q100,Jane Roe,1.000,true,2026-11-20,http://127.0.0.1/sparql\n"
                + "jane-roe,Jane Roe,Person,Q101,Jane Roe,0.500,false,2026-11-20,http://127.0.0.1/sparql\n");
        Map<String, AcceptedLinks.Link> links = AcceptedLinks.read(file);
        assertEquals(1, links.size());
        assertEquals("Q100", links.get("jane-roe").qid());
        assertTrue(links.get("jane-roe").source().contains("score 1.000, fetched 2026-11-20"));
    }

    @Test
    void aMissingFileMeansNoLinks() {
        assertTrue(AcceptedLinks.read(tmp.resolve("none.csv")).isEmpty());
    }

    @Test
    void badRowsNameFileAndLine() throws IOException {
        Path file = tmp.resolve("links.csv");
        Files.writeString(file, HEADER + "a,A,Person,Q-1,A,1.000,true,2026-11-20,http://x/\n");
        InputException e = assertThrows(InputException.class, () -> AcceptedLinks.read(file));
        assertTrue(e.getMessage().contains("links.csv line 2"), e.getMessage());
        Files.writeString(file, HEADER + "a,A,Person,Q1,A,1.000,true,2026-11-20,http://x/\n"
                + "a,A,Person,Q2,A,1.000,true,2026-11-20,http://x/\n");
        e = assertThrows(InputException.class, () -> AcceptedLinks.read(file));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("second accepted link"), e.getMessage());
    }

    @Test
    void theBuildAppliesAcceptedLinks() throws IOException {
        Path data = tmp.resolve("data");
        for (String dir : new String[] {"gazetteer", "rules", "articles"}) {
            Files.createDirectories(data.resolve(dir));
            try (Stream<Path> files = Files.list(SampleDataset.DATA.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, data.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(data.resolve("links"));
        Files.writeString(data.resolve("links/wikidata-links.csv"), HEADER
                + "dmitry-peskov,Dmitry Peskov,Person,Q999999,Dmitry Peskov,1.000,true,2026-11-20,http://127.0.0.1/sparql\n");
        Path out = tmp.resolve("out");
        DatasetBuild.builder().data(data).out(out).build().run();
        String nq = Files.readString(out.resolve("dataset.nq"));
        assertTrue(nq.contains("<https://w3id.org/newsgraph/id/entity/dmitry-peskov> "
                + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q999999>"), "link applied");
        assertTrue(nq.contains("newsgraph link: candidate Q999999"), "its source recorded");
    }
}
