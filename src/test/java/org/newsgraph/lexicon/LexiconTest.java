package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DataRules;
import org.newsgraph.InputException;
import org.newsgraph.lexicon.Lexicon.CasualtyRole;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon.Relation;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.text.Names;

/**
 * Tests {@link Lexicon#load}: the real rule files load into the expected phrase values (longest
 * title first, folded not-names and clause breaks), and a bad row in any rule file fails with an
 * {@link InputException} naming the file and line. Bad rows are written into a temporary copy of
 * {@code data/rules}.
 */
class LexiconTest {
    @TempDir
    Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        DataRules.copyTo(rules);
    }

    /** Replaces {@code file} with a header, one good row, a comment and {@code badRow} on line 4. */
    private void write(String file, String header, String goodRow, String badRow) throws IOException {
        Files.writeString(rules.resolve(file), header + "\n" + goodRow + "\n# a comment\n" + badRow + "\n");
    }

    private InputException failure() {
        return assertThrows(InputException.class, () -> Lexicon.load(rules));
    }

    private static void assertNames(InputException e, String file, String problem) {
        assertTrue(e.getMessage().contains(file + " line 4:"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void realRulesLoad() {
        Lexicon lexicon = Lexicon.load(Path.of("data/rules"));
        assertEquals("Foreign Minister",
                lexicon.titles().at(Names.tokens("the Minister of Foreign Affairs said"), 1).orElseThrow().value());
        assertEquals(5, lexicon.titles().at(Names.tokens("the Minister of Foreign Affairs said"), 1).orElseThrow().end());
        assertEquals(SpeechType.URGE, lexicon.speechVerbs().at(Names.tokens("called on"), 0).orElseThrow().value());
        assertTrue(lexicon.speechVerbs().at(Names.tokens("called"), 0).isEmpty());
        assertEquals(EventKind.MEETING, lexicon.triggers().at(Names.tokens("held talks"), 0).orElseThrow().value());
        assertEquals(Relation.LEADS, lexicon.relations().at(Names.tokens("Russian-led"), 1).orElseThrow().value()
                .relation());
        assertEquals(CasualtyRole.NUMBER, lexicon.casualties().at(Names.tokens("twelve"), 0).orElseThrow().value().role());
        assertEquals(12, lexicon.casualties().at(Names.tokens("twelve"), 0).orElseThrow().value().value());
        assertEquals(CreditRole.CONTRIBUTOR,
                lexicon.credits().at(Names.tokens("Additional reporting by"), 0).orElseThrow().value().role());
        assertEquals(Month.SEPTEMBER, lexicon.dates().at(Names.tokens("Sept"), 0).orElseThrow().value().month());
        assertEquals(2, lexicon.dates().at(Names.tokens("Tuesday"), 0).orElseThrow().value().weekday());
        assertTrue(lexicon.notNames().contains("officials"));
        assertFalse(lexicon.notNames().contains("Officials"));
        assertTrue(lexicon.clauseBreaks().contains("because"));
        assertEquals(new Lexicon.PlaceHead("Region", true),
                lexicon.placeHeads().at(Names.tokens("border crossing"), 0).orElseThrow().value());
        assertEquals(new Lexicon.PlaceHead("Settlement", false),
                lexicon.placeHeads().at(Names.tokens("border village"), 0).orElseThrow().value());
        assertTrue(lexicon.memberNouns().contains("militants"));
        assertEquals(2, lexicon.placeHeads().at(Names.tokens("border crossing"), 0).orElseThrow().end());
        assertTrue(lexicon.groupNouns().contains("coalition"));
        assertTrue(lexicon.personVerbs().at(Names.tokens("reports for"), 0).isPresent());
        assertTrue(lexicon.personVerbs().at(Names.tokens("reports"), 0).isEmpty());
    }

    @Test
    void placeHeadOfAnotherKind() throws IOException {
        write("place-heads.csv", "word,kind,label", "province,Region,with-head", "camp,Camp,with-head");
        assertNames(failure(), "place-heads.csv", "kind must be Settlement or Region");
    }

    @Test
    void placeHeadWithAnUnknownLabel() throws IOException {
        write("place-heads.csv", "word,kind,label", "province,Region,with-head", "camp,Settlement,both");
        assertNames(failure(), "place-heads.csv", "label must be with-head or without-head");
    }

    @Test
    void wordsOutsideTheListsAreNotFound() {
        Lexicon lexicon = Lexicon.load(Path.of("data/rules"));
        assertTrue(lexicon.titles().at(Names.tokens("Ministry"), 0).isEmpty());
        assertTrue(lexicon.triggers().at(Names.tokens("talks"), 0).isEmpty());
        assertTrue(lexicon.speechVerbs().at(Names.tokens("States"), 0).isEmpty());
        assertTrue(lexicon.dates().at(Names.tokens("Mayor"), 0).isEmpty());
    }

    @Test
    void copiedRulesLoadUnchanged() {
        Lexicon lexicon = Lexicon.load(rules);
        assertEquals("Special Envoy", lexicon.titles().at(Names.tokens("special envoy"), 0).orElseThrow().value());
    }

    @Test
    void unknownSpeechType() throws IOException {
        write("speech-verbs.csv", "verb,type", "said,say", "whispered,murmur");
        assertNames(failure(), "speech-verbs.csv", "unknown type \"murmur\"; use one of say, accuse, deny, urge");
    }

    @Test
    void unknownEventKind() throws IOException {
        write("event-triggers.csv", "trigger,kind", "shelled,Attack", "parade,Festival");
        assertNames(failure(), "event-triggers.csv", "unknown event kind \"Festival\"");
    }

    @Test
    void unknownRelation() throws IOException {
        write("relation-cues.csv", "cue,relation,position", "includes,memberOf,after", "hates,enemyOf,after");
        assertNames(failure(), "relation-cues.csv", "unknown relation \"enemyOf\"");
    }

    @Test
    void casualtyValueNotANumber() throws IOException {
        write("casualty-words.csv", "word,role,value", "one,number,1", "dozen,number,twelve");
        assertNames(failure(), "casualty-words.csv", "value \"twelve\" is not a whole number");
    }

    @Test
    void unknownCasualtyRole() throws IOException {
        write("casualty-words.csv", "word,role,value", "one,number,1", "wounded,injury,");
        assertNames(failure(), "casualty-words.csv", "unknown role \"injury\"");
    }

    @Test
    void unknownCreditRole() throws IOException {
        write("credit-cues.csv", "cue,role,byline", "By,author,yes", "Photos by,photographer,no");
        assertNames(failure(), "credit-cues.csv", "unknown role \"photographer\"");
    }

    @Test
    void aCreditCueSaysYesOrNoToTheByline() throws IOException {
        write("credit-cues.csv", "cue,role,byline", "By,author,yes", "Written by,author,sometimes");
        assertNames(failure(), "credit-cues.csv", "byline must be yes or no, found \"sometimes\"");
    }

    @Test
    void aLineThatStartsWithTheBylineCueAsWrittenIsTheByline() {
        Lexicon lexicon = Lexicon.load(Path.of("data/rules"));
        Lexicon.CreditCue by = lexicon.credits().at(Names.tokens("By Jane Doe"), 0).orElseThrow().value();
        assertTrue(by.startsByline("By Jane Doe"));
        assertFalse(by.startsByline("BY JANE DOE"), "the cue as the list writes it");
        assertFalse(by.startsByline("By"), "a space follows the cue");
        Lexicon.CreditCue reporting = lexicon.credits().at(Names.tokens("Reporting by Jane Doe"), 0).orElseThrow()
                .value();
        assertFalse(reporting.startsByline("Reporting by Jane Doe"), "a credit line");
    }

    @Test
    void monthOutOfRange() throws IOException {
        write("dates.csv", "word,type,value", "May,month,5", "Smarch,month,13");
        assertNames(failure(), "dates.csv", "a month is a number from 1 to 12");
    }

    @Test
    void weekdayOutOfRange() throws IOException {
        write("dates.csv", "word,type,value", "Monday,weekday,1", "Funday,weekday,8");
        assertNames(failure(), "dates.csv", "a weekday is a number from 1 (Monday) to 7 (Sunday)");
    }

    @Test
    void unknownDateType() throws IOException {
        write("dates.csv", "word,type,value", "Monday,weekday,1", "Easter,holiday,1");
        assertNames(failure(), "dates.csv", "type must be month or weekday");
    }

    @Test
    void emptyRequiredColumn() throws IOException {
        write("titles.csv", "title,canonical", "President,President", "Envoy,");
        assertNames(failure(), "titles.csv", "column \"canonical\" is empty");
    }

    @Test
    void clauseBreakWithAnExtraColumn() throws IOException {
        write("clause-breaks.csv", "word", "because", "while,during");
        assertNames(failure(), "clause-breaks.csv", "expected 1 columns (word), found 2");
    }

    @Test
    void wrongHeaderNamesTheFileAndTheExpectedColumn() throws IOException {
        Files.writeString(rules.resolve("not-names.csv"), "name\nThe\n");
        InputException e = failure();
        assertTrue(e.getMessage().contains("not-names.csv line 1:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown column \"name\"; the columns are word"), e.getMessage());
    }

    @Test
    void missingFileNamesTheFile() throws IOException {
        Files.delete(rules.resolve("titles.csv"));
        InputException e = failure();
        assertTrue(e.getMessage().contains("titles.csv"), e.getMessage());
    }
}
