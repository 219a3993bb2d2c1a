package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.InputException;

/**
 * Tests {@link RuleNormalizer} with the real {@code data/rules/normalization.csv} (spaced initials,
 * scraped script lines, escaped line breaks, dangling quotes, spaces) and with small rule files,
 * including the offsets back to the original and the errors for bad rule files.
 */
class RuleNormalizerTest {
    private static RuleNormalizer normalizer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadRealRules() {
        normalizer = RuleNormalizer.load(Path.of("data/rules/normalization.csv"));
    }

    /** Original positions are inside the original and never go backwards; a span never maps to a reversed one. */
    private static void assertOffsetsSound(NormalizedText n) {
        int length = n.text().length();
        for (int i = 0; i <= length; i++) {
            assertTrue(n.originalStart(i) >= 0 && n.originalStart(i) <= n.original().length(), "start " + i);
            assertTrue(n.originalEnd(i) >= 0 && n.originalEnd(i) <= n.original().length(), "end " + i);
            if (i > 0) {
                assertTrue(n.originalStart(i - 1) <= n.originalStart(i), "starts are monotonic at " + i);
                assertTrue(n.originalEnd(i - 1) <= n.originalEnd(i), "ends are monotonic at " + i);
                assertTrue(n.originalStart(i - 1) <= n.originalEnd(i), "span ending at " + i + " is not reversed");
            }
        }
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j <= length; j++) {
                assertTrue(n.originalStart(i) <= n.originalEnd(j), "span [" + i + "," + j + ")");
            }
        }
    }

    private static String originalOf(NormalizedText n, int start, int end) {
        return n.original().substring(n.originalStart(start), n.originalEnd(end));
    }

    @Test
    void realRulesLoadInFileOrder() {
        List<String> names = normalizer.rules().stream().map(NormalizationRule::name).toList();
        assertTrue(names.size() >= 5, names::toString);
        assertTrue(names.indexOf("escaped-line-break") < names.indexOf("script-residue"), names::toString);
        assertTrue(names.contains("spaced-initials"), names::toString);
    }

    @Test
    void spacedInitialsAreJoinedAndMapBackToTheSpacedForm() {
        NormalizedText n = normalizer.normalize("the U. S. said");
        assertEquals("the U.S. said", n.text());
        int start = n.text().indexOf("U.S.");
        assertEquals("U. S.", originalOf(n, start, start + 4));
        assertEquals("said", originalOf(n, 9, 13));
        assertEquals("the", originalOf(n, 0, 3));
        assertOffsetsSound(n);
    }

    @Test
    void initialsJoinedByHyphensAreTheInitialism() {
        NormalizedText n = normalizer.normalize("V-O-A reports that the U-N met; the F-16 and a T-shirt stay.");
        assertEquals("VOA reports that the UN met; the F-16 and a T-shirt stay.", n.text());
        assertEquals("V-O-A", originalOf(n, 0, 3));
        assertOffsetsSound(n);
    }

    @Test
    void threeSpacedInitialsAreJoined() {
        NormalizedText n = normalizer.normalize("the U. S. A. team");
        assertEquals("the U.S.A. team", n.text());
        assertEquals("U. S. A.", originalOf(n, 4, 10));
        assertOffsetsSound(n);
    }

    @Test
    void scrapedJavaScriptLineIsRemovedAndTheRestMapsBack() {
        String original = "Intro.\n“. concat(self. i18n. t(‘search. voice. recognition_retry’), “\nNext line.";
        NormalizedText n = normalizer.normalize(original);
        assertEquals("Intro.\n\nNext line.", n.text());
        int next = n.text().indexOf("Next line.");
        assertEquals("Next line.", originalOf(n, next, next + "Next line.".length()));
        assertEquals("Intro.", originalOf(n, 0, 6));
        assertOffsetsSound(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "var x = document.getElementById(\"a\");",
        "function (e) { return e; }",
        "items.forEach(x => show(x));",
    })
    void otherScriptLinesAreRemoved(String line) {
        assertEquals("Before.\n\nAfter.", normalizer.normalize("Before.\n" + line + "\nAfter.").text());
    }

    @Test
    void escapedLineBreaksBecomeLineBreaks() {
        NormalizedText n = normalizer.normalize("Headline\\nFirst paragraph.\\nSecond.");
        assertEquals("Headline\nFirst paragraph.\nSecond.", n.text());
        int second = n.text().indexOf("Second.");
        assertEquals("Second.", originalOf(n, second, second + 7));
        assertOffsetsSound(n);
    }

    @Test
    void danglingOpeningQuoteAtLineEndBecomesClosingQuote() {
        NormalizedText n = normalizer.normalize("He said: “We will stay. “\nNext “\nLast one, \"");
        assertEquals("He said: “We will stay.”\nNext”\nLast one,”", n.text());
        assertOffsetsSound(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He said “yes” and left.",
        "“We will stay,” he said.\n“Opening line",
        "Title:\n“Quote starts here",
        "The function of the ministry is to keep the peace.",
        "John F. Kennedy and George W. Bush spoke.",
        "The U.S. and the U.K. agreed on Sept. 13.",
        "Reuters reported from Yerevan; the president said it was not a variable.",
        "Prices rose 3.5% in 2022 (see the table).",
    })
    void ordinaryTextIsLeftAlone(String text) {
        NormalizedText n = normalizer.normalize(text);
        assertEquals(text, n.text());
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(i, n.originalStart(i));
            assertEquals(i, n.originalEnd(i));
        }
    }

    @Test
    void nonBreakingSpacesAndRunsOfBlanksBecomeOneSpace() {
        NormalizedText n = normalizer.normalize("Nikol\u00A0Pashinyan  said\t\t it");
        assertEquals("Nikol Pashinyan said it", n.text());
        int said = n.text().indexOf("said");
        assertEquals("said", originalOf(n, said, said + 4));
        assertOffsetsSound(n);
    }

    @Test
    void offsetsAreSoundOnAMixedText() {
        String original = "Baku \\nThe U. S.  and\u00A0the U. K. met. “\n"
                + "window.dataLayer = window.dataLayer || [];\nEnd “";
        NormalizedText n = normalizer.normalize(original);
        assertFalse(n.text().contains("dataLayer"), n.text());
        assertTrue(n.text().contains("The U.S. and the U.K. met.”"), n.text());
        assertOffsetsSound(n);
    }

    @Test
    void emptyTextStaysEmpty() {
        NormalizedText n = normalizer.normalize("");
        assertEquals("", n.text());
        assertEquals(0, n.originalStart(0));
    }

    @Test
    void customRulesUseGroupsAndTheLineBreakAndSpaceEscapes() throws IOException {
        Path file = dir.resolve("rules.csv");
        Files.writeString(file, "name,pattern,replacement,description\n"
                + "pipes,\\|,\\n,pipes are line breaks\n"
                + "amp,(\\w)&(\\w),$1\\sand\\s$2,spell out\n");
        RuleNormalizer custom = RuleNormalizer.load(file);
        assertEquals(List.of("pipes", "amp"), custom.rules().stream().map(NormalizationRule::name).toList());
        NormalizedText n = custom.normalize("a|R&D");
        assertEquals("a\nR and D", n.text());
        assertEquals("R&D", originalOf(n, 2, 9), "a replacement covers the whole text it replaced");
        assertOffsetsSound(n);
    }

    @Test
    void constructedRulesApplyInOrder() {
        RuleNormalizer custom = new RuleNormalizer(List.of(
                new NormalizationRule("one", Pattern.compile("a"), "b", ""),
                new NormalizationRule("two", Pattern.compile("b"), "c", "")));
        assertEquals("cc", custom.normalize("ab").text());
    }

    @Test
    void hintsSkipTextsThatCannotMatchAndNothingElse() throws IOException {
        Path file = dir.resolve("hinted.csv");
        Files.writeString(file, "name,pattern,replacement,description,hints\n"
                + "arrow,(?m)^[^\\n]*=>[^\\n]*$,,script,=> | function\n");
        RuleNormalizer hinted = RuleNormalizer.load(file);
        assertEquals(List.of("=>", "function"), hinted.rules().get(0).hints());
        assertEquals("a\n\nc", hinted.normalize("a\nx => y\nc").text(), "a text with a hint is repaired");
        assertEquals("a\nx = > y", hinted.normalize("a\nx = > y").text(), "a text without one is left alone");
        assertFalse(hinted.rules().get(0).mayMatch("no arrow here"));
        assertTrue(new NormalizationRule("any", Pattern.compile("a"), "b", "").mayMatch("xyz"),
                "a rule without hints always runs");
    }

    @Test
    void invalidRegularExpressionNamesFileAndLine() throws IOException {
        Path file = dir.resolve("bad-rules.csv");
        Files.writeString(file, "# rules\nname,pattern,replacement,description\n\nbroken,([a-z,x,oops\n");
        InputException e = assertThrows(InputException.class, () -> RuleNormalizer.load(file));
        assertTrue(e.getMessage().contains("bad-rules.csv line 4:"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid Java regular expression"), e.getMessage());
    }

    @Test
    void ruleWithoutPatternNamesFileAndLine() throws IOException {
        Path file = dir.resolve("empty-pattern.csv");
        Files.writeString(file, "name,pattern,replacement,description\nok,x,y,\nblank,,y,\n");
        InputException e = assertThrows(InputException.class, () -> RuleNormalizer.load(file));
        assertTrue(e.getMessage().contains("empty-pattern.csv line 3:"), e.getMessage());
        assertTrue(e.getMessage().contains("\"pattern\" is empty"), e.getMessage());
    }
}
