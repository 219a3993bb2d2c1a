package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.InputException;

/**
 * Tests {@link RuleSentenceSplitter} with the real {@code data/rules/abbreviations.csv}: where
 * sentences end and where they must not, lines, bullets, quotes, and the spans of the sentences.
 */
class RuleSentenceSplitterTest {
    private static RuleSentenceSplitter splitter;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadRealAbbreviations() {
        splitter = RuleSentenceSplitter.load(Path.of("data/rules/abbreviations.csv"));
    }

    /** Splits and checks what holds for every result: numbered from 1, text equal to its span. */
    private static List<String> split(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k + 1, s.index());
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.text().strip(), s.text(), "no surrounding blanks");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("It rained.", "Did it stop?", "No!", "It went on."),
                split("It rained. Did it stop? No! It went on."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Mr. Smith arrived on Sept. 13 in the U.S. capital.", "He met J. Doe and Gen. Akar."),
                split("Mr. Smith arrived on Sept. 13 in the U.S. capital. He met J. Doe and Gen. Akar."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dr. Broers spoke.",
        "Talks began on Sept. 14 and ended.",
        "The U.S. State Department spoke.",
        "Officials from the U.N. Security Council met.",
        "John F. Kennedy spoke.",
        "Forces moved at 10 a.m. Tuesday.",
        "Prices rose 3.5 percent.",
        "It ended. then it went on.",
        "The list includes apples, pears, etc. and more.",
        "See e.g. Armenia and Azerbaijan.",
        "The score was 2.1 In total.",
    })
    void mustNotSplit(String sentence) {
        assertEquals(List.of(sentence), split(sentence));
    }

    @Test
    void withoutTheAbbreviationListTitlesEndSentences() {
        RuleSentenceSplitter bare = new RuleSentenceSplitter(Set.of());
        assertEquals(List.of("Mr.", "Smith left."),
                bare.split("Mr. Smith left.").stream().map(Sentence::text).toList());
        assertEquals(1, bare.split("The U.S. Army left.").size(), "initials need no list");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("He said: \"Yes.\"", "She left."), split("He said: \"Yes.\" She left."));
        assertEquals(List.of("He said “Go.”", "Then he left."), split("He said “Go.” Then he left."));
        assertEquals(List.of("(It was late.)", "They met."), split("(It was late.) They met."));
    }

    @Test
    void anOpeningQuoteOrDigitMayStartTheNextSentence() {
        assertEquals(List.of("He left.", "“We will return,” he said."),
                split("He left. “We will return,” he said."));
        assertEquals(List.of("Talks failed.", "2022 was hard."), split("Talks failed. 2022 was hard."));
    }

    @Test
    void everyLineIsItsOwnSentenceAndBlankLinesAreSkipped() {
        assertEquals(List.of("Armenia and Azerbaijan clash", "YEREVAN, Sept 13 (Reuters)", "Fighting broke out.",
                "It stopped."), split("Armenia and Azerbaijan clash\n\nYEREVAN, Sept 13 (Reuters)\r\n"
                        + "  Fighting broke out. It stopped.  \n\n"));
    }

    @Test
    void bulletMarksAreLeftOut() {
        String text = "* First point\n* Second. Third.\n• Fourth\n- Fifth";
        assertEquals(List.of("First point", "Second.", "Third.", "Fourth", "Fifth"), split(text));
        assertEquals(2, splitter.split(text).get(0).start());
    }

    @Test
    void aDashThatIsNotABulletStays() {
        assertEquals(List.of("-5 degrees at night."), split("-5 degrees at night."));
        assertEquals(List.of("*Note"), split("*Note"));
    }

    @Test
    void sentenceSpansPointIntoTheText() {
        String text = "Mr. Smith left.  He returned!\nNew line";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(3, sentences.size());
        assertEquals(0, sentences.get(0).start());
        assertEquals(17, sentences.get(1).start());
        assertEquals(29, sentences.get(1).end());
        assertEquals(30, sentences.get(2).start());
        assertEquals(text.length(), sentences.get(2).end());
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\n \t\n"));
    }

    @Test
    void loadsAbbreviationsFromAFile() throws IOException {
        Path file = dir.resolve("abbr.csv");
        Files.writeString(file, "abbreviation\nApprox.\n");
        RuleSentenceSplitter custom = RuleSentenceSplitter.load(file);
        assertEquals(1, custom.split("Approx. Ten people came.").size());
        assertEquals(2, custom.split("Mr. Smith came.").size());
    }

    @Test
    void emptyAbbreviationNamesFileAndLine() throws IOException {
        Path file = dir.resolve("abbr.csv");
        Files.writeString(file, "abbreviation,meaning\nMr.,Mister\n,nothing\n");
        InputException e = assertThrows(InputException.class, () -> RuleSentenceSplitter.load(file));
        assertTrue(e.getMessage().contains("abbr.csv line 3:"), e.getMessage());
        assertTrue(e.getMessage().contains("\"abbreviation\" is empty"), e.getMessage());
    }
}
