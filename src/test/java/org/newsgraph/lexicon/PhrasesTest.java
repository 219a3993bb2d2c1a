package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Phrases.Match;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Tests {@link Phrases}: the longest phrase wins at a position and when ending at a position,
 * matching ignores case and accents, {@code all} finds non-overlapping phrases left to right
 * within its bounds, and nothing matches where a phrase only partly stands or runs past the end.
 */
class PhrasesTest {

    private static Phrases<String> titles() {
        Phrases<String> p = new Phrases<>();
        p.add("Minister", "Minister");
        p.add("Foreign Minister", "Foreign Minister");
        p.add("Deputy Foreign Minister", "Deputy Foreign Minister");
        return p;
    }

    private static List<Token> tokens(String text) {
        return Names.tokens(text);
    }

    @Test
    void longestPhraseWinsAtAPosition() {
        List<Token> t = tokens("the Deputy Foreign Minister arrived");
        assertEquals(Optional.of(new Match<>("Deputy Foreign Minister", 1, 4)), titles().at(t, 1));
        assertEquals(Optional.of(new Match<>("Foreign Minister", 2, 4)), titles().at(t, 2));
        assertEquals(Optional.of(new Match<>("Minister", 3, 4)), titles().at(t, 3));
    }

    @Test
    void longestPhraseWinsRegardlessOfInsertionOrder() {
        Phrases<String> p = new Phrases<>();
        p.add("Deputy Foreign Minister", "long");
        p.add("Minister", "short");
        assertEquals("long", p.at(tokens("Deputy Foreign Minister"), 0).orElseThrow().value());
        assertEquals("long", p.endingAt(tokens("Deputy Foreign Minister"), 3).orElseThrow().value());
    }

    @Test
    void longestPhraseEndingAtAPosition() {
        List<Token> t = tokens("the Deputy Foreign Minister arrived");
        assertEquals(Optional.of(new Match<>("Deputy Foreign Minister", 1, 4)), titles().endingAt(t, 4));
        assertEquals(Optional.empty(), titles().endingAt(t, 3));
        assertEquals(Optional.empty(), titles().endingAt(t, 5));
        assertEquals(Optional.empty(), titles().endingAt(t, 0));
    }

    @Test
    void matchingIgnoresCaseAndAccents() {
        Phrases<String> p = new Phrases<>();
        p.add("Çavuşoğlu said", "x");
        assertEquals(Optional.of(new Match<>("x", 0, 2)), p.at(tokens("CAVUSOGLU SAID"), 0));
    }

    @Test
    void noMatchForPartOfAPhraseOrPastTheEnd() {
        Phrases<String> p = new Phrases<>();
        p.add("held talks", "meeting");
        assertEquals(Optional.empty(), p.at(tokens("they held"), 1));
        assertEquals(Optional.empty(), p.at(tokens("held firm talks"), 0));
        assertEquals(Optional.empty(), p.at(tokens("talks"), 5));
        assertEquals(Optional.empty(), p.at(tokens("talks held"), 0));
    }

    @Test
    void allFindsNonOverlappingPhrasesWithinBounds() {
        List<Token> t = tokens("Foreign Minister and Deputy Foreign Minister met the Minister");
        List<Match<String>> all = titles().all(t, 0, t.size());
        assertEquals(List.of(new Match<>("Foreign Minister", 0, 2), new Match<>("Deputy Foreign Minister", 3, 6),
                new Match<>("Minister", 8, 9)), all);
        // a phrase that would run past the upper bound is not found
        assertEquals(List.of(new Match<>("Foreign Minister", 0, 2)), titles().all(t, 0, 5));
        assertEquals(List.of(new Match<>("Foreign Minister", 4, 6)), titles().all(t, 4, 6));
        assertEquals(List.of(), titles().all(t, 2, 3));
    }

    @Test
    void emptyPhraseIsRejected() {
        Phrases<String> p = new Phrases<>();
        assertThrows(IllegalArgumentException.class, () -> p.add(" ", "x"));
    }
}
