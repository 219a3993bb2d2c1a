package org.newsgraph.recognize;

import org.newsgraph.text.Names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Tests {@link GovernmentCues}: loading the cue file and finding cues before and after a name. */
class GovernmentCuesTest {
    @TempDir
    Path dir;

    /** Whether the cues see a government use of the name at token {@code index} of {@code text}. */
    private static boolean present(GovernmentCues cues, String text, int index) {
        return cues.present(Names.tokens(text), index, index);
    }

    @Test
    void realCuesLoadFolded() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertTrue(cues.after().contains(List.of("said")));
        assertTrue(cues.after().contains(List.of("has", "said")));
        assertTrue(cues.before().contains(List.of("according", "to")));
    }

    @Test
    void findsCuesAfterAndBeforeTheName() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertTrue(present(cues, "Baku said", 0));
        assertTrue(present(cues, "Baku has said", 0));
        assertTrue(present(cues, "Baku SAID", 0));
        assertTrue(present(cues, "according to Baku", 2));
        assertTrue(present(cues, "According to Baku, talks failed", 2));
    }

    @Test
    void noCueWhereTheWordsAreElsewhere() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertFalse(present(cues, "talks in Baku", 2));
        assertFalse(present(cues, "Baku", 0));
        assertFalse(present(cues, "said in Baku", 2));
        assertFalse(present(cues, "Baku, he said", 0));
        assertFalse(present(cues, "Baku according to", 0));
        assertFalse(present(cues, "Baku saidx", 0));
        assertFalse(GovernmentCues.none().present(Names.tokens("Baku said"), 0, 0));
    }

    @Test
    void aCapitalBeforeAVerbOfWillIsItsGovernment() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertTrue(present(cues, "Bogota would honour the accord", 0));
        assertTrue(present(cues, "Kyiv will not cede land", 0));
        assertTrue(present(cues, "Seoul has agreed to the talks", 0));
        assertTrue(present(cues, "Hanoi has threatened to leave the talks", 0));
        assertFalse(present(cues, "Bogota hosted the talks", 0));
    }

    @Test
    void aPlaceAfterAPrepositionIsThePlaceWhateverFollows() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertFalse(present(cues, "talks in Bogota would resume", 2));
        assertFalse(present(cues, "flights from Kyiv will restart", 2));
        assertFalse(present(cues, "reporters in Seoul said", 2));
        assertTrue(present(cues, "talks with Bogota would resume", 2), "a partner of talks, not a place");
        assertTrue(present(cues, "according to Kyiv", 2), "before-cues still apply");
    }

    @Test
    void aPossessiveBeforeAGovernmentsActIsTheGovernmentWhateverPrecedes() {
        GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        assertTrue(present(cues, "in the face of Moscow’s aggression", 4));
        assertTrue(present(cues, "opposed to Tehran's nuclear programme", 2));
        assertFalse(present(cues, "the streets of Moscow’s old town", 3));
        assertFalse(present(cues, "in the face of Moscow aggression", 4));
    }

    @Test
    void badPositionNamesFileAndLine() throws IOException {
        Path file = dir.resolve("cues.csv");
        Files.writeString(file, "cue,position,example\nsaid,after,\n# next\nthen,around,\n");
        InputException e = assertThrows(InputException.class, () -> GovernmentCues.load(file));
        assertTrue(e.getMessage().contains("cues.csv line 4:"), e.getMessage());
        assertTrue(e.getMessage().contains("position must be \"after\", \"before\", \"possessive\" or \"not-after\", found \"around\""),
                e.getMessage());
    }

    @Test
    void cuesFromAFileAreTokenisedAndFolded() throws IOException {
        Path file = dir.resolve("cues.csv");
        Files.writeString(file, "cue,position\nSaid That,after\n");
        GovernmentCues cues = GovernmentCues.load(file);
        assertEquals(List.of(List.of("said", "that")), cues.after());
        assertEquals(List.of(), cues.before());
    }
}
