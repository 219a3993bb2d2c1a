package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void slugsFoldAccentsAndJoinWordsWithOneHyphen() {
        assertEquals("mevlut-cavusoglu", Text.slug("Mevlüt Çavuşoğlu"));
        assertEquals("lodz", Text.slug("Łódź"));
        assertEquals("s-hertogenbosch", Text.slug("'s-Hertogenbosch"));
        assertEquals("european-people-s-party", Text.slug("European People's Party"));
        assertEquals("", Text.slug("Октябрьский"));
    }

    @Test
    void keysCompareNamesWithoutPunctuationAndReadAmpersandAsAnd() {
        assertEquals(Text.key("Al Hasakah"), Text.key("Al-Hasakah"));
        assertEquals(Text.key("Antigua and Barbuda"), Text.key("Antigua & Barbuda"));
    }

    @Test
    void latinScriptAllowsLettersOfNoScriptButNoOtherScript() {
        assertTrue(Text.isLatin("Ituʻau"));
        assertTrue(Text.isLatin("Nguyễn Xuân Phúc"));
        assertFalse(Text.isLatin("Никол Пашинян"));
        assertFalse(Text.isLatin("Sidi Senoussi سيدي سنوسي"));
        assertFalse(Text.isLatin("1990"));
        assertTrue(Text.hasLatinLetter("Sidi Senoussi سيدي سنوسي"));
    }

    @Test
    void cellsLoseTheListSeparatorAndExtraBlanks() {
        assertEquals("Kyiv Kiev", Text.clean(" Kyiv |  Kiev\t"));
    }

    @Test
    void coordinatesKeepAtMostFiveDecimals() {
        assertEquals("50.70801", Text.decimal("50.70801190"));
        assertEquals("-123.35", Text.decimal("-123.350000856"));
        assertEquals("40", Text.decimal("40.0"));
        assertEquals("0", Text.decimal("-0.000001"));
        assertEquals("", Text.decimal("n/a"));
    }

    @Test
    void countsArePositiveIntegers() {
        assertEquals(3443013, Text.count("3443013.0"));
        assertEquals(-1, Text.count("-1.0"));
        assertEquals(-1, Text.count("-99"));
        assertEquals(-1, Text.count(""));
        assertEquals(-1, Text.count("0"));
    }
}
