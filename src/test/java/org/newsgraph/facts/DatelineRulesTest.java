package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Structure;

/**
 * Tests the dateline rule ({@link DatelineRules}): "CITY, Month Day (Agency) -" gives the
 * dateline's date in the article's year and its place when the city is a settlement of the
 * gazetteer; no date without an article date; no dateline from an ordinary sentence without the
 * dash.
 */
class DatelineRulesTest {

    private static Structure structure(String text) {
        return annotate(text).facts().structure();
    }

    @Test
    void placeAndDate() {
        Structure s = structure("TBILISI, March 3 (Reuters) - Georgia closed its border with Russia.");
        assertEquals("tbilisi", s.datelinePlace());
        assertEquals(LocalDate.of(2023, 3, 3), s.datelineDate());
    }

    @Test
    void abbreviatedMonth() {
        Structure s = structure("YEREVAN, Sept 13 (Reuters) - Talks resumed.");
        assertEquals("yerevan", s.datelinePlace());
        assertEquals(LocalDate.of(2023, 9, 13), s.datelineDate());
    }

    @Test
    void cityOutsideTheGazetteerGivesNoPlace() {
        Structure s = structure("AWDHEGLE, March 3 (Reuters) - Somalia closed its border.");
        assertNull(s.datelinePlace());
        assertEquals(LocalDate.of(2023, 3, 3), s.datelineDate());
    }

    @Test
    void noDateWithoutAnArticleDate() {
        Structure s = annotate("TBILISI, March 3 (Reuters) - Georgia closed its border with Russia.", null, "Reuters")
                .facts().structure();
        assertEquals("tbilisi", s.datelinePlace());
        assertNull(s.datelineDate());
    }

    @Test
    void ordinarySentenceWithoutADashIsNoDateline() {
        Structure s = structure("Yesterday, March 3 talks between Russia and Georgia collapsed.");
        assertNull(s.datelinePlace());
        assertNull(s.datelineDate());
    }

    @Test
    void aPlaceAloneInCapitalsBeforeADashIsADatelineWithNoDate() {
        Structure s = structure("ADDIS ABABA, Ethiopia (VOA) — Gunmen attacked a bus near Bahir Dar.");
        assertEquals("addis-ababa", s.datelinePlace());
        assertNull(s.datelineDate());
        assertEquals("tbilisi", structure("TBILISI — Talks resumed on Monday.").datelinePlace());
        AnnotatedArticle a = annotate("ADDIS ABABA, Ethiopia — Gunmen attacked a bus near Bahir Dar, killing four.");
        assertTrue(a.facts().events().stream().noneMatch(e -> "ethiopia".equals(e.attacker())),
                "the dateline's country is no subject of the story: " + a.facts().events());
    }

    @Test
    void aTownInCapitalsTheGazetteerDoesNotReadGivesItsCountryAndIsNoAcronym() {
        AnnotatedArticle a = annotate("ZYXTOWN, Mali — Police accused the Islamic State of planting the bomb.");
        assertEquals("mali", a.facts().structure().datelinePlace());
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().equals("ZYXTOWN")), "no organisation");
        assertEquals(List.of("mali>islamic-state"), a.facts().claims().stream()
                .map(c -> c.claimant() + ">" + c.accused()).toList(), "the police of the dateline's country");
    }

    @Test
    void aCapitalisedNameOrAPlaceWithoutADashIsNoDateline() {
        assertNull(structure("Tbilisi — the capital — was quiet on Monday.").datelinePlace(), "not in capitals");
        assertNull(structure("TBILISI was quiet on Monday, officials said.").datelinePlace(), "no dash");
        AnnotatedArticle nato = annotate("NATO — the alliance of 32 nations — condemned the attack on Kharkiv by Russia.");
        assertEquals(List.of("nato>russia"), nato.facts().claims().stream().map(c -> c.claimant() + ">" + c.accused())
                .toList(), "an organisation in capitals before a dash is the subject, no dateline");
    }
}
