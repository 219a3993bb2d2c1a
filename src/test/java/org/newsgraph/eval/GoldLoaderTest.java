package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Reading gold files, and errors that name file and line. */
class GoldLoaderTest {
    private static final Path ENT = Path.of("a1.entities.csv");
    private static final Path REL = Path.of("a1.relations.csv");
    private static final String ENT_HEADER = "surface,type,canonical_name,wikidata_qid_if_known\n";
    private static final String REL_HEADER = "subject,predicate,object,evidence_sentence\n";

    @TempDir
    Path tmp;

    @Test
    void readsEntities() {
        List<GoldEntity> rows = GoldLoader.parseEntities(ENT, ENT_HEADER
                + "Armenia | Armenian | Yerevan,Country,Armenia,Q399\n"
                + "Jermuk,City,Jermuk,http://www.wikidata.org/entity/Q39556\n"
                + "the clashes,Event,September 2022 clashes,\n", "a1");
        assertEquals(3, rows.size());
        assertEquals(List.of("Armenia", "Armenian", "Yerevan"), rows.get(0).surfaces());
        assertEquals("Q399", rows.get(0).qid());
        assertEquals("Q39556", rows.get(1).qid());
        assertEquals(EntityType.CITY, rows.get(1).type());
        assertEquals("", rows.get(2).qid());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void readsRelationsWithQualifiers() {
        List<GoldRelation> rows = GoldLoader.parseRelations(REL, REL_HEADER
                + "Nikol Pashinyan,holdsPosition,Prime Minister @ Armenia,\"Pashinyan said, ...\"\n"
                + "Armenia,memberOf,CSTO [negated],\n"
                + "Armenia,killedCount,49 [per Armenia],\n", "a1");
        assertEquals("Prime Minister", rows.get(0).title());
        assertEquals("Armenia", rows.get(0).holder());
        assertTrue(rows.get(1).object().negated());
        assertEquals("Armenia", rows.get(2).object().per());
        assertEquals("49", rows.get(2).object().value());
    }

    @Test
    void badTypeNamesFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> GoldLoader.parseEntities(ENT, ENT_HEADER
                + "Armenia,Country,Armenia,Q399\nBaku,Town,Baku,\n", "a1"));
        assertTrue(e.getMessage().endsWith("a1.entities.csv line 3: unknown type \"Town\"; use one of "
                + "Country, Person, Organization, City, Region, Event"), e.getMessage());
    }

    @Test
    void badQidNamesFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> GoldLoader.parseEntities(ENT, ENT_HEADER
                + "Armenia,Country,Armenia,Q-399\n", "a1"));
        assertTrue(e.getMessage().contains("a1.entities.csv line 2: expected a Wikidata id like Q123"), e.getMessage());
    }

    @Test
    void missingColumnAndWrongCellCountNameTheLine() {
        InputException header = assertThrows(InputException.class, () -> GoldLoader.parseEntities(ENT,
                "surface,type,canonical_name\nArmenia,Country,Armenia\n", "a1"));
        assertTrue(header.getMessage().contains("a1.entities.csv line 1: the header lacks column "
                + "\"wikidata_qid_if_known\""), header.getMessage());
        InputException cells = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL, REL_HEADER
                + "Armenia,memberOf,CSTO,\nArmenia,memberOf,CSTO, Russia, Belarus\n", "a1"));
        assertTrue(cells.getMessage().contains("a1.relations.csv line 3: expected 4 columns"), cells.getMessage());
    }

    @Test
    void badRelationsNameFileAndLine() {
        InputException predicate = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL,
                REL_HEADER + "Armenia,bombed,Azerbaijan,\n", "a1"));
        assertTrue(predicate.getMessage().contains("a1.relations.csv line 2: unknown predicate \"bombed\""),
                predicate.getMessage());
        InputException position = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL,
                REL_HEADER + "Nikol Pashinyan,holdsPosition,Prime Minister,\n", "a1"));
        assertTrue(position.getMessage().contains("a1.relations.csv line 2: a holdsPosition object is"),
                position.getMessage());
        InputException empty = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL,
                REL_HEADER + "Armenia,memberOf,,\n", "a1"));
        assertTrue(empty.getMessage().contains("line 2: column \"object\" is empty"), empty.getMessage());
    }

    @Test
    void occurredOnRowsDateAnAttackOrMeetingWithAnIsoDate() {
        List<GoldRelation> rows = GoldLoader.parseRelations(REL, REL_HEADER
                + "Azerbaijan attacked Armenia [per Armenia],occurredOn,2022-09-13,\n", "a1");
        GoldRelation event = rows.get(0).event().orElseThrow();
        assertEquals(Predicate.ATTACKED, event.predicate());
        assertEquals("Azerbaijan", event.subject());
        assertEquals("Armenia", event.object().value());
        InputException date = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL,
                REL_HEADER + "Azerbaijan attacked Armenia,occurredOn,13 September 2022,\n", "a1"));
        assertTrue(date.getMessage().contains("line 2: an occurredOn object is an ISO date"), date.getMessage());
        InputException subject = assertThrows(InputException.class, () -> GoldLoader.parseRelations(REL,
                REL_HEADER + "Azerbaijan accused Armenia,occurredOn,2022-09-13,\n", "a1"));
        assertTrue(subject.getMessage().contains("line 2: the subject of an occurredOn row is the row it dates"),
                subject.getMessage());
    }

    @Test
    void loadsAFolderByArticleId() throws Exception {
        Files.writeString(tmp.resolve("a1.entities.csv"), ENT_HEADER + "Armenia,Country,Armenia,Q399\n");
        Files.writeString(tmp.resolve("a2.relations.csv"), REL_HEADER + "Armenia,memberOf,CSTO,\n");
        Files.writeString(tmp.resolve("README.md"), "not gold\n");
        Gold gold = GoldLoader.load(tmp);
        assertEquals(List.of("a1"), List.copyOf(gold.entityArticles()));
        assertEquals(List.of("a2"), List.copyOf(gold.relationArticles()));
        assertEquals("a2", gold.relations().get(0).article());
    }

    @Test
    void aFolderWithoutGoldFilesIsAnError() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "x");
        InputException e = assertThrows(InputException.class, () -> GoldLoader.load(tmp));
        assertTrue(e.getMessage().contains("no gold files"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> GoldLoader.load(tmp.resolve("nope")));
        assertTrue(missing.getMessage().contains("no such folder"), missing.getMessage());
    }
}
