package org.newsgraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Sentence;

/** A view reads the tokens its sentence holds: no stage tokenises a sentence again. */
class SentenceViewTest {
    private static final Sentence SENTENCE = new Sentence(1, 100, 132, "Armenia said “Baku attacked” it.");

    @Test
    void everyViewOfASentenceSharesItsTokensAndWords() {
        SentenceView first = new SentenceView(SENTENCE, List.of(), id -> Kind.COUNTRY);
        SentenceView second = new SentenceView(SENTENCE, List.of(), id -> Kind.COUNTRY);
        assertSame(SENTENCE.tokens(), first.tokens());
        assertSame(SENTENCE.tokens(), second.tokens());
        assertSame(SENTENCE.words(), first.words().folded());
        assertEquals("armenia", first.word(0));
    }

    @Test
    void aMentionCoversTheTokensInsideItsSpan() {
        Mention baku = Mention.known(1, 114, 118, "Baku", "baku", MatchType.LABEL);
        SentenceView view = new SentenceView(SENTENCE, List.of(baku), id -> Kind.SETTLEMENT);
        assertNull(view.mentionAt(2));
        assertSame(baku, view.mentionAt(3));
        assertEquals(3, view.firstToken(baku));
        assertEquals(4, view.endToken(baku));
        assertTrue(view.quoted(3));
    }

    @Test
    void aSentenceStartingInsideAQuoteIsQuotedUpToItsClosingMark() {
        Sentence s = new Sentence(2, 0, 29, "Nobody will cross,” he added.");
        SentenceView inQuote = new SentenceView(s, List.of(), id -> Kind.PERSON, true);
        assertEquals(List.of(List.of(0, 4)), inQuote.quotes().stream().map(q -> List.of(q[0], q[1])).toList());
        assertTrue(inQuote.startsInQuote());
        assertEquals(false, inQuote.endsInQuote());
        assertEquals(List.of(), new SentenceView(s, List.of(), id -> Kind.PERSON).quotes(), "a closing mark alone opens none");
    }

    @Test
    void anUnclosedQuoteRunsToTheSentenceEndAndStaysOpen() {
        Sentence s = new Sentence(1, 0, 31, "He said: “The border is closed.");
        SentenceView view = new SentenceView(s, List.of(), id -> Kind.PERSON);
        assertTrue(view.endsInQuote());
        assertEquals(1, view.quotes().size());
        assertEquals(false, new SentenceView(SENTENCE, List.of(), id -> Kind.COUNTRY).endsInQuote());
    }

    @Test
    void aHeadlinesNumbersNeitherCountForNorAgainstItsTitleCase() {
        String dated = "Rebels Blamed for Deadly Attack on Border Post - 2002-05-19";
        assertTrue(new SentenceView(new Sentence(1, 0, dated.length(), dated), List.of(), id -> Kind.COUNTRY).headline());
        String plain = "Rebels attacked a post on the border in 2002 and 2003";
        assertEquals(false, new SentenceView(new Sentence(1, 0, plain.length(), plain), List.of(), id -> Kind.COUNTRY)
                .titleCase());
    }
}
