package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Quotation;

/**
 * Tests the quotation rules ({@link QuotationRules}): the speaker before or after the quote, an
 * organisation as speaker, a quote continued in the next sentence without a new attribution, a
 * partial quote inside reported speech; and a quote nobody is named for keeps no speaker rather
 * than a wrong one.
 */
class QuotationRulesTest {

    @Test
    void aPossessiveAfterTheVerbOfAnAppositionsSubjectOwnsTheObjectAndSpeaksNot() {
        Quotation q = only(annotate("Tomas Ferreira, the abbot, condemned Armenia's reaction to the protests, calling "
                + "it a “cultural genocide”.").facts().quotations());
        assertEquals("cultural genocide", q.text());
        assertEquals(false, "armenia".equals(q.speaker()), "Armenia's reaction is what is condemned");
        assertEquals("armenia", only(annotate("“We will not accept this,” said Armenia's envoy.").facts().quotations())
                .speaker(), "after a quotation the possessive's country speaks, as before");
    }

    @Test
    void aTitleBeforeItsHolderIsNamedSpeaksForTheHolderTheArticleNamesLater() {
        AnnotatedArticle a = annotate("Armenia's prime minister has said the shelling was an act of aggression.\n\n"
                + "“We will not be intimidated,” Armenia's prime minister said on Wednesday.\n\n"
                + "Prime Minister Nikol Pashinyan spoke in a televised address.\n");
        assertEquals(List.of("nikol-pashinyan"), map(a.facts().quotations(), Quotation::speaker));
        assertEquals(List.of("nikol-pashinyan"), map(a.facts().claims(), org.newsgraph.model.Facts.Claim::claimant));
    }

    @Test
    void aTitleNobodyInTheArticleHoldsForThatOwnerGetsNoHolder() {
        AnnotatedArticle a = annotate("“We will not be intimidated,” Azerbaijan's prime minister said on Wednesday.\n\n"
                + "Prime Minister Nikol Pashinyan spoke in a televised address.\n");
        assertEquals(java.util.Arrays.asList((String) null), map(a.facts().quotations(), Quotation::speaker),
                "Armenia's prime minister is no holder of Azerbaijan's: the words stay nobody's, as before");
    }

    @Test
    void speakerBeforeTheQuote() {
        Quotation q = only(annotate("Dmitry Peskov said: “The border must stay closed.”").facts().quotations());
        assertEquals("dmitry-peskov", q.speaker());
        assertEquals("quote-verb", q.evidence().rule());
    }

    @Test
    void speakerAfterTheQuote() {
        Quotation q = only(annotate("“The border must stay closed,” Peskov told reporters.").facts().quotations());
        assertEquals("dmitry-peskov", q.speaker());
        assertEquals("The border must stay closed", q.text());
    }

    @Test
    void evidenceSpansTheQuotedWords() {
        AnnotatedArticle a = annotate("The talks ended. “The border must stay closed,” Peskov told reporters.");
        Quotation q = only(a.facts().quotations());
        assertEquals(2, q.evidence().sentence());
        assertEquals(q.text(), a.normalized().text().substring(q.evidence().start(), q.evidence().end()));
    }

    @Test
    void organisationSpeaker() {
        Quotation q = only(annotate("“We reject these accusations,” the Russian Foreign Ministry said.").facts().quotations());
        assertEquals("russia-foreign-ministry", q.speaker());
        assertEquals("We reject these accusations", q.text());
    }

    @Test
    void continuationInTheNextSentenceKeepsTheSpeaker() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov said. “Nobody will be allowed to cross.”")
                .facts().quotations();
        assertEquals(List.of("dmitry-peskov", "dmitry-peskov"), map(qs, Quotation::speaker));
        assertEquals(List.of(1, 2), map(qs, q -> q.evidence().sentence()));
        assertEquals("quote-continued", qs.get(1).evidence().rule());
    }

    @Test
    void pronounSpeakerOfALaterQuote() {
        AnnotatedArticle a = annotate("Prime Minister Albin Kurti said the border would stay open. "
                + "“We will not give up,” he said.");
        Quotation q = only(a.facts().quotations());
        assertEquals("albin-kurti", q.speaker());
    }

    @Test
    void sheAfterAQuoteIsItsSpeakerNotAPersonNamedFirstInItsSentence() {
        AnnotatedArticle a = annotate("In a meeting with Chilean President Michelle Bachelet, Senator Jane Smith said: "
                + "\u201cDemocracy remains ironclad.\u201d And she added, \u201cWe will not abandon Chile.\u201d");
        assertEquals(List.of("jane-smith", "jane-smith"), map(a.facts().quotations(), Quotation::speaker));
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        AnnotatedArticle a = annotate("Peskov said Moscow would respond in a “proportionate” way.");
        Quotation q = only(a.facts().quotations());
        assertEquals("dmitry-peskov", q.speaker());
        assertEquals("proportionate", q.text());
        assertEquals("Moscow would respond in a “proportionate” way", only(a.facts().claims()).content());
    }

    @Test
    void quoteWithoutAnySpeakerHasNone() {
        assertNull(only(annotate("“Nobody wants another war.”").facts().quotations()).speaker());
        assertNull(only(annotate("The talks ended. “Nobody wants another war.” The delegations left.")
                .facts().quotations()).speaker());
    }

    @Test
    void unnamedSpeakerIsNotReplacedByAnotherParty() {
        Quotation q = only(annotate("“Ask the Prime Minister Goran Ilic,” a diplomat said.").facts().quotations());
        assertNull(q.speaker());
    }

    @Test
    void quoteTwoSentencesAfterAnotherSpeakerWithTextBetweenIsNotContinued() {
        AnnotatedArticle a = annotate("“We reject these accusations,” Peskov said. The talks ended on Monday. "
                + "The delegations left the city. “Nobody wants another war.”");
        List<Quotation> qs = a.facts().quotations();
        assertEquals(2, qs.size(), qs::toString);
        assertNull(qs.get(1).speaker());
    }

    @Test
    void aQuoteTwoSentencesOnContinuesInItsParagraph() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov said. The talks went on. "
                + "“Nobody wants another war.”").facts().quotations();
        assertEquals(List.of("dmitry-peskov", "dmitry-peskov"), map(qs, Quotation::speaker));
    }

    @Test
    void aContinuationEndsAtAParagraph() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov said. The talks went on.\n"
                + "“Nobody wants another war.”").facts().quotations();
        assertEquals(2, qs.size(), qs::toString);
        assertNull(qs.get(1).speaker());
    }

    @Test
    void aParagraphOpeningWithAQuoteContinuesTheSentenceJustBefore() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov told reporters.\n\n"
                + "“Nobody wants another war.”").facts().quotations();
        assertEquals(List.of("dmitry-peskov", "dmitry-peskov"), map(qs, Quotation::speaker));
    }

    @Test
    void aContinuationEndsWhenAnotherSpeakerIsNamed() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov said. "
                + "Prime Minister Albin Kurti said the border would stay open. “Nobody can stop us.”")
                .facts().quotations();
        assertEquals(List.of("dmitry-peskov", "albin-kurti"), map(qs, Quotation::speaker));
        List<Quotation> later = annotate("“We reject these accusations,” Peskov said.\n"
                + "Prime Minister Albin Kurti said the border would stay open.\n"
                + "Ilham Aliyev said the talks had failed.\n“Nobody can stop us.”").facts().quotations();
        assertEquals("ilham-aliyev", later.get(1).speaker(), later::toString);
    }

    @Test
    void theSpeakerNamedInTheQuotesOwnSentenceWins() {
        List<Quotation> qs = annotate("“We reject these accusations,” Peskov said. "
                + "“Nobody wants another war,” Pashinyan told reporters.").facts().quotations();
        assertEquals(List.of("dmitry-peskov", "nikol-pashinyan"), map(qs, Quotation::speaker));
    }

    @Test
    void aPersonInAnAppositionBeforeTheVerbIsTheSpeaker() {
        AnnotatedArticle a = annotate("“We will respond firmly,” Toivo Klaar, the U.S. ambassador, said.");
        assertEquals("toivo-klaar", only(a.facts().quotations()).speaker());
        assertEquals(List.of(), a.facts().claims(), "the apposition is no claim's content");
    }

    @Test
    void aCountryInTheTitleOfAnUnnamedSpeakerIsNotTheSpeaker() {
        assertNull(only(annotate("“We will respond firmly,” said the U.S. ambassador.").facts().quotations())
                .speaker());
    }

    @Test
    void aBareSurnameAfterTheQuoteIsThePersonNamedBefore() {
        AnnotatedArticle a = annotate("Foreign Minister Marek Novak met the envoy on Monday. "
                + "“We will not stop,” Novak said.");
        assertEquals("marek-novak", only(a.facts().quotations()).speaker());
    }

    @Test
    void aPronounIsThePersonNotTheCountry() {
        AnnotatedArticle a = annotate("Foreign Minister Marek Novak met the envoy. Armenia closed the border. "
                + "“We will not stop,” he said.");
        assertEquals("marek-novak", only(a.facts().quotations()).speaker());
    }

    @Test
    void aQuoteSaidOnAPlatformKeepsItsSpeaker() {
        AnnotatedArticle a = annotate("“We will not stop,” Foreign Minister Marek Novak said on X.");
        assertEquals("marek-novak", only(a.facts().quotations()).speaker());
        assertEquals(List.of(), a.facts().claims());
    }

    @Test
    void addedAfterAQuoteIsSpeech() {
        Quotation q = only(annotate("“We will respond,” Pashinyan added.").facts().quotations());
        assertEquals("nikol-pashinyan", q.speaker());
        assertEquals("quote-verb", q.evidence().rule());
    }

    @Test
    void anUnclosedQuoteStopsAtTheEndOfItsParagraph() {
        AnnotatedArticle a = annotate("Peskov said: “The border must stay closed.\nThe delegations left the city.");
        Quotation q = only(a.facts().quotations());
        assertEquals("The border must stay closed.", q.text());
        assertEquals("dmitry-peskov", q.speaker());
    }

    @Test
    void aQuoteRunsOnOverTheSentencesOfItsParagraph() {
        List<Quotation> qs = annotate("Peskov said: “The border must stay closed. Nobody will cross it. "
                + "We are ready,” he added. The delegations left the city.").facts().quotations();
        assertEquals(List.of("The border must stay closed. Nobody will cross it. We are ready"), map(qs, Quotation::text),
                "one quotation over three sentences");
        assertEquals(List.of("dmitry-peskov"), map(qs, Quotation::speaker));
    }

    @Test
    void straightMarksPairAcrossSentencesToo() {
        List<Quotation> qs = annotate("Peskov said: \"The border must stay closed. Nobody will cross it,\" "
                + "he added. The delegations left the city.").facts().quotations();
        assertEquals(List.of("The border must stay closed. Nobody will cross it"), map(qs, Quotation::text));
    }

    @Test
    void aClosedQuoteDoesNotRunOn() {
        AnnotatedArticle a = annotate("“The border must stay closed,” Peskov said. The delegations left the city.");
        assertEquals("The border must stay closed", only(a.facts().quotations()).text());
    }

    @Test
    void theFirstSentencesOfAQuoteHaveTheSpeakerNamedWhereItCloses() {
        List<Quotation> qs = annotate("The talks ended. “The border must stay closed. Nobody will cross it,” "
                + "Peskov said.").facts().quotations();
        assertEquals(List.of("The border must stay closed. Nobody will cross it"), map(qs, Quotation::text));
        assertEquals(List.of("dmitry-peskov"), map(qs, Quotation::speaker));
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndKeepsNoSpeakerFromTheNextParagraph() {
        List<Quotation> qs = annotate("The talks ended. “The border must stay closed.\n"
                + "“Nobody will cross it,” Peskov said.").facts().quotations();
        assertEquals(List.of("The border must stay closed.", "Nobody will cross it"), map(qs, Quotation::text));
        assertNull(qs.get(0).speaker());
        assertEquals("dmitry-peskov", qs.get(1).speaker());
    }

    @Test
    void accordingToNamesTheSpeakerOfAQuoteWithoutAVerb() {
        Quotation q = only(annotate("According to Peskov, “the border must stay closed.”").facts().quotations());
        assertEquals("dmitry-peskov", q.speaker());
        assertEquals("quote-according-to", q.evidence().rule());
        Quotation behind = only(annotate("The border must stay “closed for now”, according to Kremlin spokesman "
                + "Dmitry Peskov.").facts().quotations());
        assertEquals("dmitry-peskov", behind.speaker());
    }

    @Test
    void aNameInTitleCaseInQuotationMarksIsNoQuotation() {
        assertEquals(List.of(), annotate("Dmitry Peskov said on the programme “Hello Moscow” that talks would go on.")
                .facts().quotations());
        assertEquals(1, annotate("“Not one step back,” Dmitry Peskov said.").facts().quotations().size(),
                "words in lower case are speech");
    }

    @Test
    void theSubjectOfANamingVerbSpeaksTheQuotedWords() {
        Quotation q = only(annotate("Interior Minister Tomas Ferreira called the death of the officer “a tragedy.”")
                .facts().quotations());
        assertEquals("tomas-ferreira", q.speaker());
        Quotation described = only(annotate("Dmitry Peskov described the talks as “frank and useful.”")
                .facts().quotations());
        assertEquals("dmitry-peskov", described.speaker());
        assertNull(only(annotate("The town is called “the gate of the north.”").facts().quotations()).speaker(),
                "a naming verb without a subject names no speaker");
    }

    @Test
    void theArticlesReporterIsNoLaterHe() {
        Quotation q = only(annotate("Border Clashes Go On\n\nBy Jane Roe\n\nJane Roe reports from the border.\n\n"
                + "“We will not give up,” he said.").facts().quotations());
        assertNull(q.speaker(), "the reporter does not speak in her own report");
        Quotation named = only(annotate("Border Clashes Go On\n\nBy Jane Roe\n\nInterior Minister Tomas Ferreira stayed in Lisbon.\n\n"
                + "“We will not give up,” he said.").facts().quotations());
        assertEquals("tomas-ferreira", named.speaker());
    }

    @Test
    void singleQuotationMarksButNotApostrophes() {
        Quotation q = only(annotate("Interior Minister Tomas Ferreira praised the police, which he said 'acted with "
                + "great restraint.'").facts().quotations());
        assertEquals("acted with great restraint.", q.text());
        assertEquals("tomas-ferreira", q.speaker());
        assertEquals("barbaric acts", only(annotate("Rights groups in Portugal's capital condemned what they called "
                + "‘barbaric acts’ by the police.").facts().quotations()).text());
        assertEquals(List.of(), annotate("Portugal's protesters' demands were rejected by the ministers' council.")
                .facts().quotations(), "apostrophes are no quotation marks");
        assertEquals(List.of(), annotate("The protesters' leaders met the ministers' envoy in Porto.")
                .facts().quotations());
    }

    @Test
    void aPossessiveBareTitleIsThePersonLastNamedWithItThere() {
        List<Quotation> qs = annotate("Austrian Foreign Minister Alexander Schallenberg arrived in Kyiv with "
                + "Polish Foreign Minister Radoslaw Sikorski. “This cannot stand,” Austria's minister said.")
                .facts().quotations();
        assertEquals("alexander-schallenberg", only(qs).speaker());
        Quotation nobody = only(annotate("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv. "
                + "“This cannot stand,” Austria's minister said.").facts().quotations());
        assertNull(nobody.speaker(), "nobody was named minister of Austria");
    }

    @Test
    void accordingToBeatsACountryAsSubjectOfTheVerb() {
        Quotation q = only(annotate("According to the Russian Foreign Ministry, Moscow insisted that the drills were "
                + "“purely defensive”.").facts().quotations());
        assertEquals("russia-foreign-ministry", q.speaker());
        assertEquals("quote-according-to", q.evidence().rule());
    }

    @Test
    void accordingToDoesNotBeatAPersonWhoSpeaks() {
        Quotation q = only(annotate("According to the Russian Foreign Ministry, Dmitry Peskov said the drills were "
                + "“purely defensive”.").facts().quotations());
        assertEquals("dmitry-peskov", q.speaker());
        assertEquals("quote-verb", q.evidence().rule());
    }

    @Test
    void accordingToInsideTheQuoteNamesNobody() {
        AnnotatedArticle a = annotate("The talks ended. “Everything went according to Armenia and its plan.”");
        assertNull(only(a.facts().quotations()).speaker());
    }

    @Test
    void aQuotationInsideAQuotation() {
        Quotation q = only(annotate("Peskov spoke in Moscow. \"Those Turkish “observers” are not observers,\" he said.")
                .facts().quotations());
        assertEquals("Those Turkish “observers” are not observers", q.text());
        assertEquals("dmitry-peskov", q.speaker());
        Quotation curly = only(annotate("Peskov spoke in Moscow. “Those Turkish “observers” are not observers,” he said.")
                .facts().quotations());
        assertEquals("Those Turkish “observers” are not observers", curly.text());
    }

    @Test
    void aStraightMarkThatOpensWhileOneIsOpenClosesTheFirst() {
        List<Quotation> qs = annotate("Peskov spoke in Moscow. \"They are soldiers,\" he said. \"They came at night. "
                + "\"Those soldiers are the main tool of Ankara.\"").facts().quotations();
        assertEquals(List.of("They are soldiers", "They came at night.", "Those soldiers are the main tool of Ankara."),
                map(qs, Quotation::text));
        assertEquals(List.of("dmitry-peskov", "dmitry-peskov", "dmitry-peskov"), map(qs, Quotation::speaker));
    }

    @Test
    void anInvertedSpeakerWithWhereTheyWorkSpeaksTheWordsBeforeTheComma() {
        AnnotatedArticle a = annotate("The opposition feels the government is doing little, said Kamala Rijal of the "
                + "Kathmandu Post. \"Their way of reacting is very weak,\" she said.");
        assertEquals("kamala-rijal", only(a.facts().claims()).claimant());
        assertEquals("The opposition feels the government is doing little", only(a.facts().claims()).content());
        assertEquals("kamala-rijal", only(a.facts().quotations()).speaker());
    }

    @Test
    void aNameBetweenCommasBeforeTheVerbSpeaks() {
        AnnotatedArticle a = annotate("The head of Chile's navy, Elena Varga, told VOA that two boats were rammed.");
        assertEquals("elena-varga", only(a.facts().claims()).claimant());
    }

    @Test
    void aQuotationOverSeveralSentencesIsOneQuotation() {
        List<Quotation> quotes = annotate("Jane Hartley said: \"These attacks show the contempt the group has for "
                + "civilians. We mourn every life lost. We will stand with our partners.\"").facts().quotations();
        assertEquals(List.of("These attacks show the contempt the group has for civilians. We mourn every life lost. "
                + "We will stand with our partners."), map(quotes, Quotation::text));
        assertEquals("jane-hartley", only(quotes).speaker());
    }

    @Test
    void quotationsClosedBetweenSentencesStaySeparate() {
        List<Quotation> quotes = annotate("\"We offer our condolences,\" said Ambassador Jane Hartley. \"We mourn "
                + "every life lost.\" \"We will stand with our partners.\"").facts().quotations();
        assertEquals(3, quotes.size(), "each quotation closes before the next opens: " + map(quotes, Quotation::text));
    }

    @Test
    void theSpeakerALaterPieceNamesBeatsTheEarlierSpeakerTheFirstPieceContinued() {
        List<Quotation> quotes = annotate("The State Department designated Marek Dolan and Petra Sulc for their involvement in "
                + "corruption.\n\n"
                + "“The network bribed officials for years. Today's freeze ends that,” said Ruth Okafor, the deputy "
                + "minister.\n").facts().quotations();
        assertEquals(List.of("ruth-okafor"), map(quotes, Quotation::speaker), map(quotes, Quotation::text).toString());
    }

    @Test
    void aQuotationOverSeveralSentencesIsTheSpeakersItsLastSentenceNames() {
        List<Quotation> quotes = annotate("Jane Hartley criticised the junta. \"(It's) because he broke his word. When "
                + "they took power, he promised a free election. (But) six months later he went back on it,\" she said.")
                .facts().quotations();
        assertEquals(List.of("(It's) because he broke his word. When they took power, he promised a free election. (But) "
                + "six months later he went back on it"), map(quotes, Quotation::text));
        assertEquals("jane-hartley", only(quotes).speaker());
        assertEquals("quote-verb", only(quotes).evidence().rule());
    }

    @Test
    void aHeBeforeAnotherPersonsNameGoesOnWithTheSpeaker() {
        Quotation q = only(annotate("Antony Blinken said the talks had failed. He repeated his doubts about Vladimir "
                + "Putin's pledge. \"It is because he has not kept his word,\" he said.").facts().quotations());
        assertEquals("antony-blinken", q.speaker());
        Quotation named = only(annotate("Antony Blinken said the talks had failed. Vladimir Putin rejected the "
                + "plan. \"It is because they have not kept their word,\" he said.").facts().quotations());
        assertEquals("vladimir-putin", named.speaker(), "a person named as subject is who a later he is");
    }

    @Test
    void aNameInQuotationMarksAfterTheIsNoQuotation() {
        assertEquals(List.of(), annotate("Antony Blinken, a reader of the \"Samay\" weekly, said the vote was fair.")
                .facts().quotations());
    }

    @Test
    void aSpeakerOfCoordinatedVerbsSaysTheQuotationAfterAndSaid() {
        List<Quotation> quotes = annotate("State media broadcast a call in which President Vladimir Putin congratulated "
                + "Emmanuel Macron for his \"clear victory,\" praised the vote as \"transparent\" and said, \"My time is up.\"")
                .facts().quotations();
        assertEquals(List.of("vladimir-putin", "vladimir-putin", "vladimir-putin"), map(quotes, Quotation::speaker));
    }

    @Test
    void aTranscriptLabelWithTitleAndMiddleInitialNamesItsSpeaker() {
        Quotation q = only(annotate("PRESS SECRETARY JANE Q. DOE: We are certainly in touch with the Government of "
                + "Gabon.").facts().quotations());
        assertEquals("jane-q-doe", q.speaker());
        assertEquals("quote-transcript", q.evidence().rule());
    }

    @Test
    void aTermAfterSoCalledAndAHeadingInQuotationMarksAreNoQuotations() {
        assertEquals(List.of(), annotate("Foreign Minister Kaja Lind condemned Russia's so-called \"special operation\" "
                + "against Ukraine.").facts().quotations());
        List<Quotation> quotes = annotate("Foreign Minister Kaja Lind said 'such savagery can never defeat us.'\n\n"
                + "'Ancient and modern terror'\n\nInterior Minister Jon Berg said the attacks were 'a kind of terror, "
                + "which has no regard for life.'").facts().quotations();
        assertEquals(List.of("such savagery can never defeat us.", "a kind of terror, which has no regard for life."),
                map(quotes, Quotation::text), "the heading between is nobody's words");
        assertEquals(List.of("kaja-lind", "jon-berg"), map(quotes, Quotation::speaker));
    }

    @Test
    void twoApostrophesCloseAQuotationAndPointedOutIsASpeechVerb() {
        Quotation q = only(annotate("Foreign Minister Kaja Lind spoke briefly.\n\"We follow developments but our "
                + "thoughts go to the victims,'' she said.").facts().quotations());
        assertEquals("kaja-lind", q.speaker());
        assertEquals("We follow developments but our thoughts go to the victims", q.text());
        assertEquals("kaja-lind", only(annotate("\"We are committed to helping our friends,\" pointed out Foreign "
                + "Minister Kaja Lind.").facts().quotations()).speaker());
    }

    @Test
    void aBlockQuotationsSourceLineNamesItsSpeaker() {
        AnnotatedArticle a = annotate("The crisis began in March.\n\n"
                + "\u201cWe will not accept this occupation. Our forces will defend every village.\u201d\n\n"
                + "President Luis Arce, 4 March 2023, address to the nation\n\n"
                + "The army was put on alert.\n");
        assertEquals(List.of("luis-arce", "luis-arce"), a.facts().quotations().stream().map(Quotation::speaker).toList());
        assertEquals(List.of("quote-source-line", "quote-source-line"),
                a.facts().quotations().stream().map(q -> q.evidence().rule()).toList());
        AnnotatedArticle said = annotate("The crisis began in March.\n\n\u201cWe will not accept this occupation.\u201d\n\n"
                + "President Luis Arce said the army was ready.\n");
        assertTrue(said.facts().quotations().stream().noneMatch(q -> "quote-source-line".equals(q.evidence().rule())),
                "a sentence with a verb and a full stop is no source line");
    }

    @Test
    void aFrontedPhraseBeforeTheCommaHoldsNoSpeaker() {
        AnnotatedArticle a = annotate("In the video footage sent to AFP in Lima by the minister, Pablo Quispe is shown at "
                + "a desk and says he wants to \"reassure\" the population.");
        assertTrue(a.facts().quotations().stream().noneMatch(q -> "agence-france-presse".equals(q.speaker())),
                "the agency the video was sent to does not speak: " + a.facts().quotations());
    }
}
