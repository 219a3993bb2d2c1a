package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests {@link LongSentences}: over-long sentences are cut at word boundaries, the others kept. */
class LongSentencesTest {
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter(Set.of("Mr."));

    private static void assertBounded(List<Sentence> sentences, String text) {
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k + 1, s.index(), "numbered from 1");
            assertTrue(s.text().length() <= LongSentences.MAX_CHARS, "at most the limit: " + s.text().length());
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertFalse(Character.isLowSurrogate(text.charAt(s.start())), "no pair is split");
            if (k > 0) {
                assertTrue(sentences.get(k - 1).end() <= s.start(), "in order, apart");
            }
        }
    }

    @Test
    void sentencesUnderTheLimitAreKept() {
        String text = "Mr. Smith left. He said so.\nA headline";
        List<Sentence> sentences = SPLITTER.split(text);
        LongSentences.Result r = LongSentences.cut(sentences, text);
        assertEquals(sentences, r.sentences());
        assertTrue(r.cut().isEmpty());
    }

    @Test
    void longLinesAreCutAtSpacesAndRenumbered() {
        String line = "word ".repeat(3_000).strip();
        String text = "First sentence.\n" + line + "\nMiddle.\n" + line + "\nLast.";
        LongSentences.Result r = LongSentences.cut(SPLITTER.split(text), text);
        assertEquals(2, r.cut().size());
        assertTrue(r.cut().stream().allMatch(c -> c.text().equals(line)), "the two lines are cut");
        List<Sentence> sentences = r.sentences();
        assertBounded(sentences, text);
        assertEquals(List.of("First sentence.", "Middle.", "Last."), sentences.stream().map(Sentence::text)
                .filter(t -> !t.startsWith("word")).toList());
        assertEquals(9, sentences.size(), "three sentences, and each line of 14,999 characters in three pieces");
        for (Sentence s : sentences) {
            assertFalse(s.text().startsWith(" ") || s.text().endsWith(" "), "pieces end at words");
            assertTrue(s.text().startsWith("word") || !s.text().contains("word"), "no word is cut: " + s.text());
        }
    }

    @Test
    void textWithoutSpacesIsCutAfterPunctuationOrAtTheLimit() {
        String commas = "abc,".repeat(4_000);
        LongSentences.Result r = LongSentences.cut(SPLITTER.split(commas), commas);
        assertBounded(r.sentences(), commas);
        r.sentences().forEach(s -> assertTrue(s.text().endsWith(","), "after a comma: " + s.text().length()));
        assertEquals(commas, String.join("", r.sentences().stream().map(Sentence::text).toList()));

        String letters = "\ud835\udc00".repeat(6_000);
        r = LongSentences.cut(SPLITTER.split(letters), letters);
        assertBounded(r.sentences(), letters);
        assertEquals(letters, String.join("", r.sentences().stream().map(Sentence::text).toList()));
    }
}
