package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.CommandRun;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph eval} end to end on a tiny article with the real {@code data/} folder and only
 * {@code entities.rq}, through picocli's {@code execute}.
 */
class EvalCommandTest {
    @TempDir
    Path tmp;

    Path articles;
    Path gold;
    Path queries;



    @BeforeEach
    void files() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("t1.txt"), "Nikol Pashinyan met officials in Yerevan on Tuesday.\n\n"
                + "Armenia and Azerbaijan blamed each other for the clashes.\n");
        gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("t1.entities.csv"), "surface,type,canonical_name,wikidata_qid_if_known\n"
                + "Nikol Pashinyan,Person,Nikol Pashinyan,Q7035479\n"
                + "Yerevan,City,Yerevan,Q1953\n"
                + "Armenia,Country,Armenia,Q399\n"
                + "Azerbaijan,Country,Azerbaijan,\n"
                + "the clashes,Event,September 2022 clashes,\n");
        Files.writeString(gold.resolve("t1.relations.csv"), "subject,predicate,object,evidence_sentence\n"
                + "Nikol Pashinyan,holdsPosition,Prime Minister @ Armenia,\n");
        Files.writeString(gold.resolve("other.entities.csv"), "surface,type,canonical_name,wikidata_qid_if_known\n"
                + "Armenia,Country,Armenia,Q399\n");
        queries = Files.createDirectories(tmp.resolve("queries"));
        Files.copy(Path.of("queries/entities.rq"), queries.resolve("entities.rq"));
    }

    private CommandRun eval(String... extra) {
        String[] base = {"eval", "--data", "data", "--articles", articles.toString(), "--gold", gold.toString(),
            "--queries", queries.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CommandRun.of(args);
    }

    private static void assertRow(String out, String label, int tp, int fp, int fn) {
        Pattern row = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+" + tp + "\\s+" + fp + "\\s+" + fn
                + "\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}$");
        assertTrue(row.matcher(out).find(), label + " " + tp + " " + fp + " " + fn + " in\n" + out);
    }

    @Test
    void scoresTheEntities() {
        CommandRun r = eval();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Articles evaluated: t1\n"), r.out());
        assertTrue(r.out().contains("were skipped: other"), r.out());
        assertTrue(r.out().contains("positions.rq does not exist: no predictions for holdsPosition"), r.out());
        assertRow(r.out(), "Country", 2, 0, 0);
        assertRow(r.out(), "Person", 1, 0, 0);
        assertRow(r.out(), "City", 1, 0, 0);
        assertRow(r.out(), "Event", 0, 0, 1);
        assertRow(r.out(), "all entities", 4, 0, 1);
        assertTrue(r.out().contains("Wikidata links: 4 checked, 1 wrong (0 differ from gold, 1 where gold has no QID)"),
                r.out());
        assertRow(r.out(), "holdsPosition", 0, 0, 1);
        assertRow(r.out(), "all relations", 0, 0, 1);
        assertFalse(r.out().contains("DETAILS"), r.out());
    }

    @Test
    void aQuotationWithoutASpeakerIsNoQuotedPrediction() throws Exception {
        Files.writeString(articles.resolve("t1.txt"), "“We will not give up,” Dmitry Peskov said.\n\n"
                + "Crowds gathered in Yerevan.\n\n“Nobody knows what comes next.”\n");
        Files.writeString(gold.resolve("t1.relations.csv"), "subject,predicate,object,evidence_sentence\n"
                + "Dmitry Peskov,quoted,We will not give up,\n");
        Files.copy(Path.of("queries/quotes.rq"), queries.resolve("quotes.rq"));
        CommandRun r = eval();
        assertRow(r.out(), "quoted", 1, 0, 0);
    }

    @Test
    void detailsListMissesAndWrongLinks() {
        CommandRun r = eval("--details");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("missed entity:      Event September 2022 clashes"), r.out());
        assertTrue(r.out().contains("wrong link:         Azerbaijan linked to Q227, gold has no QID"), r.out());
        assertTrue(r.out().contains("missed relation:    Nikol Pashinyan holdsPosition Prime Minister @ Armenia"), r.out());
    }

    @Test
    void malformedGoldNamesTheLine() throws Exception {
        Files.writeString(gold.resolve("t1.entities.csv"), "surface,type,canonical_name,wikidata_qid_if_known\n"
                + "Armenia,Country,Armenia,Q399\n"
                + "\"Azerbaijan,Country,Azerbaijan,\n");
        CommandRun r = eval();
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().matches("(?s)newsgraph: .*t1\\.entities\\.csv line 3: .*"), r.err());
        Files.writeString(gold.resolve("t1.entities.csv"), "surface,type,canonical_name,wikidata_qid_if_known\n"
                + "Armenia,Nation,Armenia,Q399\n");
        CommandRun type = eval();
        assertEquals(1, type.code());
        assertTrue(type.err().contains("t1.entities.csv line 2: unknown type \"Nation\""), type.err());
        assertFalse(type.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void helpDescribesTheMatchingRules() {
        CommandRun r = CommandRun.of("eval", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: newsgraph eval"), r.out());
        assertTrue(r.out().contains("Jaccard"), r.out());
        assertTrue(r.out().contains("--details"), r.out());
    }

    @Test
    void missingGoldOptionIsAUsageError() {
        CommandRun r = CommandRun.of("eval", "--articles", articles.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--gold"), r.err());
    }
}
