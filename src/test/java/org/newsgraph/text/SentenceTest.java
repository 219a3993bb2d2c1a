package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence is tokenised once, when it is made, with offsets in the article's normalised text. */
class SentenceTest {
    @Test
    void aSentenceHoldsItsTokensAtTheOffsetsOfTheNormalisedText() {
        String text = "Intro. Çavuşoğlu met Blinken.";
        Sentence s = new Sentence(2, 7, text.length(), text.substring(7));
        assertEquals(List.of("Çavuşoğlu", "met", "Blinken", "."), s.tokens().stream().map(Token::text).toList());
        for (Token t : s.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("cavusoglu", "met", "blinken", "."), s.words());
    }

    @Test
    void aRenumberedSentenceKeepsTheSameTokens() {
        Sentence s = new Sentence(3, 10, 24, "Yerevan ‘said’");
        Sentence moved = s.renumbered(1);
        assertEquals(1, moved.index());
        assertSame(s.tokens(), moved.tokens());
        assertSame(s.words(), moved.words());
        assertEquals(new Sentence(1, 10, 24, "Yerevan ‘said’"), moved);
        assertNotEquals(s, moved);
    }

    @Test
    void tokensOutsideTheSentenceAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(1, 0, 3, "Ann", List.of(new Token("Ann", 5, 8)), List.of("ann")));
        assertEquals("token Token[text=Ann, start=5, end=8] outside the sentence [0,3)", e.getMessage());
    }
}
