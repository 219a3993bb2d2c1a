package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.DataRules;
import org.newsgraph.InputException;

/**
 * Tests {@link RuleFiles}: the index of {@code data/rules} lists every rule file once, and a folder
 * that disagrees with its index (an unlisted file, a listed file missing, a bad format) fails with
 * one message naming the file and how to fix it. Bad folders are temporary copies of {@code data/rules}.
 */
class RuleFilesTest {
    @TempDir
    Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        DataRules.copyTo(rules);
    }

    @Test
    void theProjectsIndexListsEveryRuleFileOfTheFolder() throws IOException {
        RuleFiles files = RuleFiles.open(Path.of("data/rules"));
        Set<String> indexed = files.entries().stream().map(RuleFiles.Entry::file).collect(Collectors.toSet());
        try (Stream<Path> all = Files.list(Path.of("data/rules"))) {
            Set<String> present = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .filter(n -> !n.equals(RuleFiles.INDEX)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, new TreeSet<>(indexed));
        }
        assertTrue(files.entries().stream().allMatch(e -> !e.holds().isBlank() && !e.stage().isBlank()));
    }

    @Test
    void aWordListIsReadFoldedOnce() {
        RuleFiles files = RuleFiles.open(rules);
        assertTrue(files.words("clause-breaks.csv").contains("because"));
        assertTrue(files.words("not-place-names.csv").contains("front-line"), "folded, the dash kept");
    }

    @Test
    void aFileTheIndexDoesNotListStopsTheLoad() throws IOException {
        Files.writeString(rules.resolve("extra-words.csv"), "word\nfoo\n");
        InputException e = assertThrows(InputException.class, () -> RuleFiles.open(rules));
        assertTrue(e.getMessage().contains("extra-words.csv is not in the index"), e.getMessage());
        assertTrue(e.getMessage().contains("add a row for it"), e.getMessage());
    }

    @Test
    void aListedFileThatIsMissingNamesItsIndexLine() throws IOException {
        Files.delete(rules.resolve("group-nouns.csv"));
        InputException e = assertThrows(InputException.class, () -> RuleFiles.open(rules));
        assertTrue(e.getMessage().contains("group-nouns.csv: file not found; index.csv line"), e.getMessage());
    }

    @Test
    void anUnknownFormatNamesTheLine() throws IOException {
        Path index = rules.resolve(RuleFiles.INDEX);
        Files.writeString(index, Files.readString(index).replace("clause-breaks.csv,extract,words",
                "clause-breaks.csv,extract,list"));
        InputException e = assertThrows(InputException.class, () -> RuleFiles.open(rules));
        assertTrue(e.getMessage().contains("index.csv line"), e.getMessage());
        assertTrue(e.getMessage().contains("format must be words or table, found \"list\""), e.getMessage());
    }

    @Test
    void aRuleReadsOnlyIndexedFilesAndWordListsAsWords() {
        RuleFiles files = RuleFiles.open(rules);
        ConfigurationException unlisted = assertThrows(ConfigurationException.class, () -> files.path("nope.csv"));
        assertTrue(unlisted.getMessage().contains("nope.csv is not in"), unlisted.getMessage());
        ConfigurationException table = assertThrows(ConfigurationException.class, () -> files.words("titles.csv"));
        assertTrue(table.getMessage().contains("is a table"), table.getMessage());
    }
}
