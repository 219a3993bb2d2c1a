package org.newsgraph.world;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which posts a title in the text names. */
class TitlePositionsTest {
    private final TitlePositions titles = WorldFixture.TITLES;

    @Test
    void titlesFitTheirPostsAndNotTheirDeputies() {
        assertTrue(titles.fits("Foreign Minister", "Minister of Foreign Affairs of Armenia"));
        assertTrue(titles.fits("Secretary", "United States Secretary of State"));
        assertTrue(titles.fits("Prime Minister", "Prime Minister of North Macedonia"));
        assertTrue(titles.fits("President", "President of Niger"));
        assertTrue(titles.fits("Defence Minister", "Minister of National Defence"));
        assertFalse(titles.fits("Foreign Minister", "Deputy Minister of Foreign Affairs"));
        assertFalse(titles.fits("President", "Vice President of Venezuela"));
        assertFalse(titles.fits("Prime Minister", "Deputy Prime Minister of Serbia"));
        assertFalse(titles.fits("Secretary", "Secretary-General of the United Nations"));
        assertFalse(titles.fits("Spokesperson", "Minister of Foreign Affairs"), "a title the file does not know");
    }
}
