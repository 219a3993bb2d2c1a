package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Position;

/**
 * Tests the position rules ({@link PositionRules}): a title before a name (with its owner from a
 * demonym or country before it), a title apposed after a name (with its owner from "of"), a
 * "counterpart" taking the title named before it, a title with no owner; and no position where a
 * title has no person or stands inside quotation marks.
 */
class PositionRulesTest {

    @Test
    void demonymBeforeTheTitleIsTheOwner() {
        Position p = only(annotate("Russian President Vladimir Putin arrived in Tbilisi on Monday.").facts().positions());
        assertEquals("vladimir-putin", p.person());
        assertEquals("President", p.title());
        assertEquals("russia", p.of());
        assertEquals("title-before-name", p.evidence().rule());
    }

    @Test
    void apposedTitleTakesItsOwnerFromOf() {
        Position p = only(annotate("Charles Michel, president of the European Council, called for calm.").facts().positions());
        assertEquals("charles-michel", p.person());
        assertEquals("President", p.title());
        assertEquals("european-council", p.of());
        assertEquals("name-comma-title", p.evidence().rule());
    }

    @Test
    void counterpartTakesTheEarlierTitle() {
        List<Position> ps = annotate("Turkish Defence Minister Hulusi Akar met his Russian counterpart Sergei Shoigu in Ankara.")
                .facts().positions();
        assertEquals(2, ps.size(), ps::toString);
        assertEquals(List.of("hulusi-akar", "Defence Minister", "turkey"),
                List.of(ps.get(0).person(), ps.get(0).title(), ps.get(0).of()));
        assertEquals(List.of("sergei-shoigu", "Defence Minister", "russia", "counterpart"),
                List.of(ps.get(1).person(), ps.get(1).title(), ps.get(1).of(), ps.get(1).evidence().rule()));
    }

    @Test
    void counterpartWithoutAnEarlierTitleIsNoPosition() {
        AnnotatedArticle a = annotate("His counterpart Ivan Horvat arrived later.");
        assertEquals(List.of(), a.facts().positions());
    }

    @Test
    void titleWithoutOwner() {
        Position p = only(annotate("Defence Minister Zoran Petrovic visited the border.").facts().positions());
        assertEquals("zoran-petrovic", p.person());
        assertEquals("Defence Minister", p.title());
        assertNull(p.of());
    }

    @Test
    void titleWithoutAPersonIsNoPosition() {
        AnnotatedArticle a = annotate("The president is doing everything to keep the peace.");
        assertEquals(List.of(), a.facts().positions());
    }

    @Test
    void titleInsideQuotationMarksIsNoPosition() {
        AnnotatedArticle a = annotate("“Ask the Prime Minister Goran Ilic,” a diplomat said.");
        assertEquals(List.of(), a.facts().positions());
    }
}
