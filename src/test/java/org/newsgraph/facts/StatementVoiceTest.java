package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.PUBLISHED;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Facts.Claim;

/**
 * Tests a statement's own blame ({@link StatementVoice}): in an article that says "we" in its own words, a
 * sentence nobody speaks in that blames a party is the statement's condemnation; and where it must not fire:
 * a news report that never says "we", a sentence that blames nobody, "our" alone. All sentences are our own.
 */
class StatementVoiceTest {
    private static final String STATE = "U.S. Department of State";

    private static List<String> blames(String text, String publisher) {
        return map(annotate(text, PUBLISHED, publisher).facts().claims().stream()
                .filter(c -> c.accused() != null).toList(), c -> c.claimant() + ">" + c.accused() + " " + c.evidence().rule());
    }

    @Test
    void aStatementThatSaysWeBlamesInItsOwnVoice() {
        List<String> found = blames("We stand with the people of Mali. The threat posed by Russia's "
                + "provocations could not be clearer.", STATE);
        assertEquals(List.of("united-states>russia claim-statement-voice"), found);
    }

    @Test
    void itsOwnBlameIsACondemnationWithoutAStatementOfFact() {
        Claim c = annotate("We stand with Ukraine. Hezbollah was responsible for the bombing of the market.", PUBLISHED, STATE)
                .facts().claims().stream().filter(x -> x.evidence().rule().equals(StatementVoice.RULE)).findFirst()
                .orElseThrow();
        assertTrue(c.condemnation(), "a statement's own blame states no content of its own (no statedThat)");
    }

    @Test
    void aDeedDoneByAPartyNamedByItsShortNameInBrackets() {
        List<String> found = blames("We deplore such actions. In May the offices of the agency in Geneva were "
                + "targeted by a hostile cyber operation carried out by the Russian military intelligence service (GRU).",
                STATE);
        assertEquals(List.of("united-states>gru claim-statement-voice"), found);
    }

    @Test
    void aNewsReportThatNeverSaysWeHasNoVoice() {
        assertEquals(List.of(), blames("The threat posed by Russia's provocations grew this year.",
                "The Daily Planet"));
    }

    @Test
    void ourInAReadoutIsNoStatementsWe() {
        assertEquals(List.of(), blames("The ministers look forward to deepening our cooperation. They also "
                + "discussed the threat posed by Russia's provocations.", STATE).stream()
                .filter(s -> s.endsWith(StatementVoice.RULE)).toList());
    }

    @Test
    void aSentenceThatBlamesNobodySaysNothing() {
        assertEquals(List.of(), blames("We stand with Ukraine. The talks in Geneva were useful.", STATE));
    }
}
