package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Title synonyms, text similarity and count comparison. */
class TitlesAndTextsTest {
    @Test
    void titleSynonyms() {
        assertEquals("spokesperson", Titles.canonical("Spokesman"));
        assertEquals("spokesperson", Titles.canonical("spokeswoman"));
        assertEquals("spokesperson", Titles.canonical("SPOKESPERSON"));
        assertEquals("defence minister", Titles.canonical("Defense Minister"));
        assertEquals("defence minister", Titles.canonical("Defence Minister"));
        assertTrue(Titles.same("Minister for Foreign Affairs", "Foreign Minister"), "the Australian and British form");
        assertTrue(Titles.same("Minister for Defence", "Defense Minister"));
        assertFalse(Titles.same("Minister for Foreign Trade", "Foreign Minister"));
        assertEquals("foreign minister", Titles.canonical("Minister of Foreign Affairs"));
        assertEquals("ministry spokesperson", Titles.canonical("Ministry spokeswoman"));
        assertTrue(Titles.same("Minister of Foreign Affairs", "foreign minister"));
        assertTrue(Titles.same("Defense Minister", "Defence Minister"));
    }

    @Test
    void differentTitlesDoNotMatch() {
        assertFalse(Titles.same("Prime Minister", "President"));
        assertFalse(Titles.same("Defence Minister", "Foreign Minister"));
        assertFalse(Titles.same("spokesmanship", "spokesperson"), "only whole words are synonyms");
        assertFalse(Titles.same("", ""));
    }

    @Test
    void aMinisterOfAOneWordPortfolioIsThatPortfoliosMinister() {
        assertTrue(Titles.same("Minister of Information", "Information Minister"));
        assertTrue(Titles.same("Minister for the Interior", "Interior Minister"));
        assertFalse(Titles.same("Minister of Information", "Minister of State"));
        assertFalse(Titles.same("Deputy Minister of Information", "Information Minister"), "a deputy is another post");
    }

    @Test
    void aDashInATitleIsASpace() {
        assertTrue(Titles.same("Secretary-General", "Secretary General"));
        assertTrue(Titles.same("co-director", "Co Director"));
        assertFalse(Titles.same("Secretary-General", "General Secretary"), "the words keep their order");
    }

    @Test
    void textsMatchByContainmentOrJaccard() {
        assertEquals("we will respond 2 times", Texts.normalize("  \"We will respond,\" 2 times! "));
        assertTrue(Texts.similar("We will respond to any provocation.",
                "\"We will respond to any provocation,\" he said"));
        assertTrue(Texts.similar("Azerbaijan shelled Jermuk and Goris", "Azerbaijan shelled Goris and Jermuk"));
        assertEquals(0.5, Texts.jaccard("a b c", "a b d"), 1e-9);
        assertTrue(Texts.similar("a b c", "a b d"), "Jaccard exactly 0.5 is enough");
    }

    @Test
    void textsBelowTheThresholdDoNotMatch() {
        assertEquals(0.25, Texts.jaccard("a b c d", "a b e f g h"), 1e-9);
        assertFalse(Texts.similar("a b c d", "a b e f g h"));
        assertFalse(Texts.similar("Armenia started the fighting", "Azerbaijan denied starting anything"));
        assertFalse(Texts.similar("respond", "responding quickly"), "containment works on whole words");
        assertFalse(Texts.similar("...", "..."), "texts without letters match nothing");
    }

    @Test
    void countsCompareNumbers() {
        assertTrue(Texts.sameCount("at least 49", "49"));
        assertTrue(Texts.sameCount("1,000", "about 1000"));
        assertTrue(Texts.sameCount("unknown", "unknown"));
        assertFalse(Texts.sameCount("49", "50"));
        assertFalse(Texts.sameCount("unknown", "at least 3"));
    }

    @Test
    void qualifiersAreSplitOff() {
        Qualified q = Qualified.parse("49 [per Armenia] [not stated in text]");
        assertEquals("49", q.value());
        assertEquals("Armenia", q.per());
        assertTrue(q.notStated());
        assertFalse(q.negated());
        assertTrue(Qualified.parse("CSTO [negated]").negated());
        assertEquals("CSTO", Qualified.parse("CSTO [negated]").value());
        assertEquals(List.of("claimed"), Qualified.parse("x [claimed]").others());
    }
}
