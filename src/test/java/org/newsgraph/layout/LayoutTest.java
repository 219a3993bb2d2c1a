package org.newsgraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.text.RuleSentenceSplitter;
import org.newsgraph.text.Sentence;

/**
 * The shapes of lines that are not story text: headline, bullets, section headers; and the
 * lines that look like them but are story text.
 */
class LayoutTest {
    private static final RuleSentenceSplitter SPLITTER = RuleSentenceSplitter.load(Path.of("data/rules/abbreviations.csv"));

    private static Map<Integer, SentenceRole> roles(String text) {
        List<Sentence> sentences = SPLITTER.split(text);
        return Layout.roles(text, sentences);
    }

    @Test
    void headlineBulletsAndSections() {
        Map<Integer, SentenceRole> roles = roles("""
                Talks Collapse In Geneva
                * Both sides walk out
                • Mediators to try again
                THE DAY AFTER
                The talks ended on Friday. Nobody spoke.
                """);
        assertEquals(Map.of(1, SentenceRole.HEADLINE, 2, SentenceRole.BULLET, 3, SentenceRole.BULLET, 4, SentenceRole.SECTION), roles);
    }

    @Test
    void storyLinesAreNotStructure() {
        Map<Integer, SentenceRole> roles = roles("""
                The talks ended on Friday.
                NATO said the talks would resume, and the EU agreed.
                -5 degrees was the low.
                """);
        assertNull(roles.get(1), "a first line with a full stop is no headline");
        assertNull(roles.get(2), "a line of words in mixed case with acronyms is no section");
        assertNull(roles.get(3), "a minus sign before a number is no bullet");
    }

    @Test
    void aSentenceThatSharesItsLineIsNotAHeadline() {
        assertEquals(Map.of(), roles("Talks collapse in Geneva. Both sides walked out"));
    }
}
