package org.newsgraph.recognize;

import org.newsgraph.text.Names;
import org.newsgraph.text.Token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link Names} and {@link Token}: tokenisation with offsets, and the folding that compares names. */
class NamesTest {
    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void wordsAndSinglePunctuationAreTokens() {
        assertEquals(List.of("Nagorno", "-", "Karabakh"), texts(Names.tokens("Nagorno-Karabakh")));
        assertEquals(List.of("U", ".", "S", "."), texts(Names.tokens("U. S.")));
        assertEquals(List.of("Azerbaijan", "’", "s", "army"), texts(Names.tokens("Azerbaijan’s army")));
        assertEquals(List.of(".", ".", "."), texts(Names.tokens("...")));
    }

    @Test
    void tokenOffsetsArePositionsInTheWholeText() {
        String text = "said  Baku, on 13 Sept";
        List<Token> tokens = Names.tokens(text, 6, 14);
        assertEquals(List.of("Baku", ",", "on"), texts(tokens));
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(6, tokens.get(0).start());
        assertEquals(10, tokens.get(0).end());
    }

    @Test
    void nonBreakingAndOtherSpacesSeparateTokens() {
        assertEquals(List.of("Nikol", "Pashinyan"), texts(Names.tokens("Nikol\u00A0Pashinyan")));
        assertEquals(List.of("a", "b"), texts(Names.tokens("a\u2009b\n")));
        assertEquals(List.of(), Names.tokens(" \t\n"));
    }

    @Test
    void combiningMarksStayInsideTheWord() {
        String decomposed = "C\u0327avus\u0327og\u0306lu";
        assertEquals(List.of(decomposed), texts(Names.tokens(decomposed)));
        assertTrue(Names.isWordChar('\u0327'));
        assertTrue(Names.isWordChar('7'));
        assertFalse(Names.isWordChar('-'));
        assertFalse(Names.isWordChar('\''));
    }

    @Test
    void foldDropsAccentsAndCaseAndUnifiesApostrophesAndDashes() {
        assertEquals("cavusoglu", Names.fold("Çavuşoğlu"));
        assertEquals("cavusoglu", Names.fold("C\u0327avus\u0327og\u0306lu"));
        assertEquals("turkiye", Names.fold("TÜRKIYE"));
        assertEquals("'", Names.fold("’"));
        assertEquals("'", Names.fold("'"));
        assertEquals("-", Names.fold("–"));
        assertEquals("-", Names.fold("—"));
        assertNotEquals(Names.fold("\""), Names.fold("'"));
    }

    @Test
    void keyIgnoresSpacingAndAccents() {
        assertEquals("mevlut cavusoglu", Names.key("Mevlüt Çavuşoğlu"));
        assertEquals(Names.key("U.S."), Names.key("U. S."));
        assertEquals(Names.key("Azerbaijan's Defence Ministry"), Names.key("Azerbaijan’s  Defence\u00A0Ministry"));
        assertNotEquals(Names.key("US"), Names.key("U.S."));
        assertNotEquals(Names.key("Armenia"), Names.key("Armenian"));
        assertEquals("", Names.key(" "));
    }

    @Test
    void tokenKnowsWordsAndCapitals() {
        assertTrue(new Token("Baku", 0, 4).isCapitalised());
        assertTrue(new Token("Ümit", 0, 4).isCapitalised());
        assertFalse(new Token("baku", 0, 4).isCapitalised());
        assertTrue(new Token("baku", 0, 4).isWord());
        assertFalse(new Token(",", 0, 1).isWord());
        assertFalse(new Token(",", 0, 1).isCapitalised());
    }
}
