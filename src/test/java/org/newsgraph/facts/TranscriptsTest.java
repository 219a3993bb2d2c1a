package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Quotation;

/**
 * Tests the transcript lines ({@link Transcripts}): "SPEAKER: words" without quotation marks is a
 * quotation, and a statement a claim, by the person the label names; a press label has no speaker;
 * the speaker holds for the line's next sentences; and lines with a colon that name nobody are none.
 */
class TranscriptsTest {
    private static final String BRIEFING = "Ministry Spokesperson Karen Lindqvist briefed reporters in Oslo.\n";

    private static List<Quotation> transcript(AnnotatedArticle a) {
        return a.facts().quotations().stream()
                .filter(q -> q.evidence().rule().equals("quote-transcript") || q.evidence().rule().equals("quote-question"))
                .toList();
    }

    @Test
    void aParliamentsSpeakerLineHeadsTheParagraphsAfterItUntilTheNextOne() {
        AnnotatedArticle a = annotate("HC Deb 12 March 1965 vol 708 cc100-2\n"
                + "The Secretary of State for Foreign Affairs (Mr. Thomas Ekdahl)\n\n"
                + "With permission, I wish to make a statement about Sudan.\n\n"
                + "We condemn the Sudanese Government for the shelling of Khartoum.\n\n"
                + "Mrs. Karen Lindqvist (Leeds, East)\n\n"
                + "I thank the right hon. Gentleman for his statement.\n\n"
                + "Mr. Ekdahl\n\n"
                + "The talks will resume in Jeddah.\n\n"
                + "Lord Bertil Sandgren\n\n"
                + "My Lords, I beg to move.\n\n"
                + "The Minister of State for Foreign Affairs (Lord Halvorsen)\n\n"
                + "My Lords, the talks will resume.\n");
        List<Quotation> turns = transcript(a);
        assertTrue(a.facts().positions().stream().anyMatch(p -> p.title().equals("Minister of State for Foreign Affairs")
                && turns.get(turns.size() - 1).speaker().equals(p.person())), "\"(Lord Halvorsen)\": one name after the address");
        assertEquals(5, turns.size());
        assertEquals(List.of("thomas-ekdahl", "karen-lindqvist", "thomas-ekdahl", "bertil-sandgren"),
                map(turns, Quotation::speaker).subList(0, 4), "a title and the name in brackets, the name before the seat, the name alone");
        assertTrue(turns.get(0).text().startsWith("With permission") && turns.get(0).text().contains("Khartoum"),
                "one turn over both paragraphs: " + turns.get(0).text());
        assertEquals("I thank the right hon. Gentleman for his statement.", turns.get(1).text().strip() + ".",
                "\"hon.\" ends no sentence");
        assertTrue(a.facts().claims().stream().anyMatch(c -> c.claimant().equals("thomas-ekdahl")
                && "sudan".equals(c.accused())), "the speech's condemnation is the speaker's");
        assertTrue(a.facts().positions().stream().anyMatch(p -> p.person().equals("thomas-ekdahl")
                && p.title().equals("Secretary of State for Foreign Affairs")), "the speaker line's title");
    }

    @Test
    void aNameLineWithACaptionsBracketHeadsNoSpeech() {
        AnnotatedArticle a = annotate("Talks in Oslo\n\nMr. Thomas Ekdahl (left)\n\n"
                + "The talks on Sudan will resume in Jeddah, the ministry said.\n");
        assertEquals(List.of(), transcript(a), "a caption's \"(left)\" is no member's seat");
        AnnotatedArticle statement = annotate("The White House\n\nPresident Thomas Ekdahl\n\n"
                + "For Immediate Release\n\nI strongly condemn the attack on Khartoum.\n");
        assertEquals(List.of(), transcript(statement), "a title and a name head a statement, no speech");
    }

    @Test
    void aLabelWhoseFullNameIsOnlyInATitleCaseHeadline() {
        AnnotatedArticle a = annotate("Department Press Briefing – Thomas Ekdahl, Spokesperson\n\n"
                + "MR EKDAHL: We are deeply concerned by the fighting in Khartoum.\n\n"
                + "QUESTION: Will the talks resume?\n\n"
                + "MR. EKDAHL: The talks will resume in Jeddah.\n");
        assertEquals(java.util.Arrays.asList("thomas-ekdahl", null, "thomas-ekdahl"), map(transcript(a), Quotation::speaker));
    }

    @Test
    void weInATurnsLaterParagraphIsItsSpeakerAndALineSaysItOnce() {
        AnnotatedArticle a = annotate("SECRETARY SMITH: Greetings, everyone. It is a pleasure to welcome Foreign "
                + "Minister Jonas Petras to Washington.\n\nEstonia and the United States are strong partners. We stand "
                + "against economic coercion, including that being exerted by Belarus.\n\nFOREIGN MINISTER PETRAS: "
                + "Thank you so much.\n", ExtractionFixture.PUBLISHED, "U.S. Department of State");
        assertEquals(List.of("smith>belarus"), a.facts().claims().stream().map(c -> c.claimant() + ">" + c.accused())
                .toList(), "the speaker's we, not the publisher's country; one claim");
        AnnotatedArticle question = annotate("MS. SMITH: Thank you.\n\nQUESTION: Will the talks resume?\n\n"
                + "We condemn the coercion by Belarus.\n", ExtractionFixture.PUBLISHED, "U.S. Department of State");
        assertEquals(List.of("united-states>belarus"), question.facts().claims().stream()
                .map(c -> c.claimant() + ">" + c.accused()).toList(), "after a question no speaker's turn runs on");
    }

    @Test
    void anExcerptsLabelAfterAnEllipsisIsALabel() {
        AnnotatedArticle a = annotate("Press Gaggle by Press Secretary Karen Lindqvist [Excerpt]\n\n"
                + "… MS. LINDQVIST: First, I want to respond to the propaganda about the attack.\n\n"
                + "[…] QUESTION: Will the talks resume?\n\n"
                + ". . . MS. LINDQVIST: The talks will resume in Jeddah.\n");
        assertEquals(java.util.Arrays.asList("karen-lindqvist", null, "karen-lindqvist"),
                map(transcript(a), Quotation::speaker));
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().equals("LINDQVIST")),
                "the label's name is no organisation");
    }

    @Test
    void aLabelWithARankATitleAndAFullNameInCapitals() {
        AnnotatedArticle a = annotate("Press Briefing\n\nDEPUTY PRESS SECRETARY LENA HOLM: The attack was in Jordan.\n");
        assertEquals(List.of("lena-holm"), map(transcript(a), Quotation::speaker));
        assertTrue(a.mentions().stream().noneMatch(m -> m.surface().contains("SECRETARY")),
                "the rank and title are no organisation");
    }

    @Test
    void aLabelNamingNobodyElseIsThePersonOfItsSurname() {
        AnnotatedArticle a = annotate("Press Briefing\n\nMS. VALLE-RIOS: We condemn the attack on the embassy.\n");
        assertEquals(List.of("valle-rios"), map(transcript(a), Quotation::speaker));
        assertEquals("Valle-Rios", ExtractionFixture.found(a, "valle-rios").entity().label());
        assertEquals(List.of("halvorsen"), map(transcript(annotate(BRIEFING + "MR HALVORSEN: We will not comment on that.\n")),
                Quotation::speaker), "an honorific before a surname nobody else has names a person");
        AnnotatedArticle note = annotate("Press Briefing\n\nNOTE: The briefing was moved to Friday.\n");
        assertEquals(List.of(), transcript(note), "no honorific, no label");
    }

    @Test
    void honorificAndSurnameNameThePersonNamedBefore() {
        AnnotatedArticle a = annotate(BRIEFING + "MS LINDQVIST: We have made clear that the new media law is a step "
                + "back.\n");
        List<Quotation> qs = transcript(a);
        assertEquals(List.of("karen-lindqvist"), map(qs, Quotation::speaker));
        assertEquals("We have made clear that the new media law is a step back", qs.get(0).text());
        assertEquals("quote-transcript", qs.get(0).evidence().rule());
        Claim c = a.facts().claims().stream().filter(x -> x.evidence().rule().equals("claim-transcript"))
                .findFirst().orElseThrow();
        assertEquals("karen-lindqvist", c.claimant());
        assertEquals("We have made clear that the new media law is a step back", c.content());
    }

    @Test
    void aLineThatOnlyTalksIsQuotedButStatesNothing() {
        AnnotatedArticle a = annotate(BRIEFING + "MS LINDQVIST: We remain in touch with the government on a range "
                + "of issues.\n");
        assertEquals(List.of("karen-lindqvist"), map(transcript(a), Quotation::speaker));
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.evidence().rule().equals("claim-transcript")),
                "a line with no proposition of its own, no blame and no attack is no claim");
    }

    @Test
    void honorificWithAFullStopAndTitlesAsLabels() {
        AnnotatedArticle a = annotate(BRIEFING + "MS. LINDQVIST: We are worried about the law.\n"
                + "SECRETARY LINDQVIST: Our embassy stays open.\n"
                + "AMBASSADOR LINDQVIST: The talks will go on next week.\n");
        assertEquals(List.of("karen-lindqvist", "karen-lindqvist", "karen-lindqvist"),
                map(transcript(a), Quotation::speaker));
    }

    @Test
    void theSpeakerHoldsForTheLineUntilTheNextLabel() {
        AnnotatedArticle a = annotate(BRIEFING + "MR LINDQVIST: We are worried about the law. It restricts the press.\n"
                + "QUESTION: Will you impose sanctions? And when?\n"
                + "MR LINDQVIST: We have nothing to announce today.\n");
        List<Quotation> qs = transcript(a);
        assertEquals(java.util.Arrays.asList("karen-lindqvist", null, null, "karen-lindqvist"),
                map(qs, Quotation::speaker), "one quotation for the whole turn");
        assertEquals(List.of("quote-transcript", "quote-question", "quote-question", "quote-transcript"),
                map(qs, q -> q.evidence().rule()));
        Quotation turn = qs.get(0);
        assertEquals("We are worried about the law. It restricts the press", turn.text());
        assertEquals(turn.text(), a.normalized().text().substring(turn.evidence().start(), turn.evidence().end()),
                "the evidence spans the turn's words");
    }

    @Test
    void pressLabelsAreNoStatementOfANamedPerson() {
        for (String label : List.of("QUESTION", "Q", "REPORTER")) {
            AnnotatedArticle a = annotate(BRIEFING + label + ": The minister resigned today, did he not?\n");
            List<Quotation> qs = transcript(a);
            assertEquals(1, qs.size(), label);
            assertNull(qs.get(0).speaker(), label);
            assertEquals("quote-question", qs.get(0).evidence().rule(), label);
            assertTrue(a.facts().claims().stream().noneMatch(c -> c.evidence().rule().equals("claim-transcript")));
        }
    }

    @Test
    void aFullNameInCapitalsIsTheSpeaker() {
        AnnotatedArticle a = annotate(BRIEFING + "KAREN LINDQVIST: Our position has not changed at all.\n");
        assertEquals(List.of("karen-lindqvist"), map(transcript(a), Quotation::speaker));
    }

    @Test
    void aTitleAndAFullNameInCapitals() {
        AnnotatedArticle a = annotate(BRIEFING + "DEPUTY SPOKESPERSON KAREN LINDQVIST: Our embassy stays open.\n"
                + "PRESS SECRETARY KAREN LINDQVIST: The talks will go on next week.\n");
        assertEquals(List.of("karen-lindqvist", "karen-lindqvist"), map(transcript(a), Quotation::speaker));
    }

    @Test
    void aSurnameTheArticleKnowsIsTheSpeaker() {
        AnnotatedArticle a = annotate(BRIEFING + "Lindqvist: Our position has not changed at all.\n");
        assertEquals(List.of("karen-lindqvist"), map(transcript(a), Quotation::speaker));
    }

    @Test
    void aQuestionOfANamedSpeakerIsAQuotationButNoClaim() {
        AnnotatedArticle a = annotate(BRIEFING + "MS LINDQVIST: Why would we accept such terms?\n");
        assertEquals(List.of("karen-lindqvist"), map(transcript(a), Quotation::speaker));
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.evidence().rule().equals("claim-transcript")));
    }

    @Test
    void linesWithAColonThatNameNobodyAreNoTranscript() {
        for (String line : List.of("Note: the meeting was postponed until May.",
                "Update: the ministry later corrected its figures.",
                "Washington: The talks resumed on Monday after a pause.",
                "Q3 results: revenue rose by four percent.",
                "Halvorsen: We will not comment on that.",
                "President: Karen Lindqvist (since 2021).",
                "Karen Lindqvist said: “We are worried about the law.”")) {
            AnnotatedArticle a = annotate(BRIEFING + line + "\n");
            assertEquals(List.of(), transcript(a), line);
            assertTrue(a.facts().quotations().stream().allMatch(q -> q.text().indexOf('“') < 0), line);
            assertTrue(a.facts().claims().stream().noneMatch(c -> c.evidence().rule().equals("claim-transcript")), line);
        }
    }

    @Test
    void aLabelInsideALineIsNoTranscript() {
        AnnotatedArticle a = annotate(BRIEFING + "The ministry repeated one point, MS LINDQVIST: the talks go on.\n");
        assertEquals(List.of(), transcript(a));
    }

    @Test
    void sentencesThatOnlyRunTheBriefingSayNothing() {
        AnnotatedArticle a = annotate(BRIEFING + "MS LINDQVIST: Good morning to all of you. "
                + "Two short announcements at the top, then I will take your questions. "
                + "The embassy in Riga reopens on Monday.\n"
                + "REPORTER: Thank you.\n");
        List<Quotation> qs = transcript(a);
        assertEquals(List.of("The embassy in Riga reopens on Monday"), map(qs, Quotation::text));
        assertEquals(List.of("karen-lindqvist"), map(qs, Quotation::speaker));
        assertEquals(List.of(), map(a.facts().claims().stream()
                .filter(c -> c.evidence().rule().equals("claim-transcript")).toList(), Claim::content),
                "an announcement is quoted; it states no \"that …\", blames no one and tells no attack");
    }

    @Test
    void aLineWithoutALabelEndsTheSpeaker() {
        AnnotatedArticle a = annotate(BRIEFING + "MS LINDQVIST: We are worried about the law.\n"
                + "The briefing ended at noon.\n");
        assertEquals(1, transcript(a).size());
    }

    @Test
    void aLabelIsTheFullNameOfTheLineHeadingTheTranscript() {
        AnnotatedArticle a = annotate("Marta Lindgren\n\nDaily Press Briefing\n\nWashington, DC\n\n"
                + "MS. LINDGREN: Sure. We remain concerned about eastern Ukraine.\n");
        assertEquals(List.of("marta-lindgren"), map(transcript(a), Quotation::speaker));
        AnnotatedArticle other = annotate("Marta Lindgren\n\nDaily Press Briefing\n\n"
                + "MR. OSTROM: We remain concerned about eastern Ukraine.\n");
        assertEquals(List.of("ostrom"), map(transcript(other), Quotation::speaker),
                "a name line of another surname names nobody in a label");
    }

    @Test
    void aTurnStartsWithTheWordsThatRunTheBriefingWhenMoreFollow() {
        AnnotatedArticle a = annotate("Marta Lindgren\n\nDaily Press Briefing\n\n"
                + "MS. LINDGREN: All right. We remain concerned about eastern Ukraine.\n\nQUESTION: And Syria?\n\n"
                + "MS. LINDGREN: Thank you.\n");
        List<Quotation> turns = transcript(a).stream().filter(q -> q.speaker() != null).toList();
        assertEquals(List.of("All right. We remain concerned about eastern Ukraine"), map(turns, Quotation::text),
                "a turn of nothing but thanks is no quotation");
    }

    @Test
    void aTranscriptLineTellsItsAttackAndLeavesBlameToWhomItQuotes() {
        var a = org.newsgraph.ExtractionFixture.annotate("MS. WHITFIELD: We strongly condemn yesterday's attack on a "
                + "polling station in Kumasi, which killed four people.");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("kumasi"), a.facts().events().stream()
                .filter(e -> e.kind() == org.newsgraph.lexicon.Lexicon.EventKind.ATTACK).flatMap(e -> e.targets().stream())
                .toList());
        var b = org.newsgraph.ExtractionFixture.annotate("MS. WHITFIELD: Secretary Antony Blinken raised our strong "
                + "concerns about Iran's recent threats.");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("antony-blinken"), b.facts().claims().stream()
                .filter(c -> c.accused() != null).map(c -> c.claimant()).toList());
    }

    @Test
    void aLinesMeetingIsItsSpeakersOnlyWhenSheSaysI() {
        AnnotatedArticle secretary = annotate(BRIEFING + "MS LINDQVIST: The Secretary spoke this morning with Foreign "
                + "Minister Elmer Schialer.\n");
        assertEquals(List.of(), ExtractionFixture.events(secretary, org.newsgraph.lexicon.Lexicon.EventKind.MEETING),
                "the Secretary met him, not the spokesperson; and the Secretary is not named");
        AnnotatedArticle own = annotate(BRIEFING + "MS LINDQVIST: I met Foreign Minister Elmer Schialer this morning.\n");
        assertEquals(List.of("karen-lindqvist", "elmer-schialer"), ExtractionFixture.only(ExtractionFixture.events(own,
                org.newsgraph.lexicon.Lexicon.EventKind.MEETING)).participants());
    }

    @Test
    void aParliamentsLabelWithTheRoleOrTheNameInBrackets() {
        AnnotatedArticle a = annotate("Statement on the floods\n\nNikol Pashinyan (Speaker): I call the Minister.\n\n"
                + "The Prime Minister (Ilham Aliyev): I thank the Speaker for his words.\n");
        assertEquals(List.of("nikol-pashinyan", "ilham-aliyev"), map(transcript(a), Quotation::speaker));
        assertEquals(List.of(), transcript(annotate("Statement on the floods\n\nThe vote (in Chile): it failed today.\n")),
                "a bracket that names nobody");
    }

    @Test
    void aStampedSpeakerLineHeadsItsSpeechAndTheWordsAfterAColonAreWhoWroteThem() {
        AnnotatedArticle a = annotate("HC Deb 12 May 1995 vol 260 cc110-15\n\n"
                + "The Secretary of State for Defence (Mr. Thomas Ekdahl)\n\n"
                + "I wish to make a short statement on the border. In a signal to the Chief of the Defence Staff, "
                + "General Bertil Sandgren wrote:\n\n"
                + "\u201cThe town is once more in government hands. Long live the republic.\u201d\n\n"
                + "We are grateful to our forces.\n\n"
                + "Karen Lindqvist Shadow Secretary of State (Defence), Member, Labour Party 4:10, 12 May 1995\n\n"
                + "I thank the Secretary of State for his statement.\n");
        List<Quotation> turns = transcript(a);
        assertEquals(List.of("thomas-ekdahl", "karen-lindqvist"), map(turns, Quotation::speaker),
                "a name, a title right after it and the time of the speech head the turn");
        assertTrue(a.facts().quotations().stream().anyMatch(q -> q.speaker().equals("bertil-sandgren")
                && q.text().startsWith("The town is once more")), "the words after \"wrote:\" are the writer's, "
                + "though the turn's speaker reads them out: " + a.facts().quotations());
        assertTrue(a.facts().claims().stream().noneMatch(c -> c.content().startsWith("In a signal")),
                "what stands before \"X wrote:\" is not what was written");
    }

    @Test
    void iInALineIsItsSpeakerForTheVerbsIsSubjectOf() {
        AnnotatedArticle a = annotate("HC Deb 12 May 1995 vol 260 cc110-15\n\n"
                + "The Secretary of State for Defence (Mr. Thomas Ekdahl)\n\n"
                + "I have spoken today to the President of Peru, President Boluarte, and I then telephoned the Chilean "
                + "Foreign Minister, Mr. Bertil Sandgren, and told him that the use of force would bring disaster.\n");
        assertTrue(a.facts().claims().stream().anyMatch(c -> c.claimant().equals("thomas-ekdahl")
                && c.content().startsWith("the use of force")), "\"I … and told him that\": " + a.facts().claims());
        List<List<String>> meetings = ExtractionFixture.events(a, org.newsgraph.lexicon.Lexicon.EventKind.MEETING).stream()
                .map(e -> e.participants()).toList();
        assertEquals(2, meetings.size(), "two calls with two others in one sentence: " + meetings);
        assertTrue(meetings.stream().allMatch(m -> m.get(0).equals("thomas-ekdahl")), "\"I have spoken\", \"I then telephoned\"");
        assertTrue(meetings.get(1).contains("bertil-sandgren"));
        AnnotatedArticle summit = annotate(BRIEFING + "MS LINDQVIST: I met Foreign Minister Elmer Schialer, and we will "
                + "compare notes as we head to the summit in Vilnius with Peru.\n");
        assertEquals(1, ExtractionFixture.events(summit, org.newsgraph.lexicon.Lexicon.EventKind.MEETING).size(),
                "\"we head to the summit\": no second meeting of theirs");
    }

    @Test
    void aMembersNameWithSeatAndPartyInBracketsHeadsHerSpeech() {
        AnnotatedArticle a = annotate("Thursday 27th January 2011\nCommons Chamber\nKaren Lindqvist (Leeds North) (Lab)\n\n"
                + "I thank the hon. Member for Bath (Dr Ekdahl) for allowing me to speak.\n\n"
                + "Thomas Ekdahl (Conservative - Bath)\n\nI know that my hon. Friend the Member for Leeds North "
                + "(Karen Lindqvist) wishes to speak.\n\nBertil Sandgren (Reuters)\n\nThe talks failed.\n");
        assertEquals(List.of("karen-lindqvist", "thomas-ekdahl"), map(transcript(a), Quotation::speaker),
                "seat and party in two brackets, or in one with a dash; one bracket of one word is a credit, no speaker");
        assertTrue(a.facts().positions().stream().anyMatch(p -> p.person().equals("karen-lindqvist")
                && p.title().equals("Member for Leeds North") && p.of() == null), "the seat before the name in brackets");
        assertTrue(a.facts().positions().stream().anyMatch(p -> p.title().equals("Member for Bath")
                && p.evidence().rule().equals("seat-bracket-name")), a.facts().positions().toString());
    }

    @Test
    void aPassiveAttackInASubordinateClauseKeepsItsTargetAndTheSpeakerIsNoTarget() {
        AnnotatedArticle a = annotate("HC Deb 12 May 1995 vol 260 cc110-15\n\n"
                + "The Minister of Defence (Mr. Thomas Ekdahl)\n\n"
                + "Early this morning, 74 days after the province of Tacna was invaded, General Rivas accepted the "
                + "surrender of all the Chilean forces together with their arms.\n");
        assertEquals(List.of(List.of("tacna")), ExtractionFixture.events(a, org.newsgraph.lexicon.Lexicon.EventKind.ATTACK)
                .stream().map(e -> e.targets()).toList(), "neither the forces of the main clause nor the speaker, "
                + "whose \"their\" is someone else's");
    }
}
