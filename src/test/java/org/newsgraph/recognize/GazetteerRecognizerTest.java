package org.newsgraph.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.io.CsvTable;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.RuleNormalizer;
import org.newsgraph.text.RuleSentenceSplitter;
import org.newsgraph.text.Sentence;

/**
 * Tests {@link GazetteerRecognizer} on a small gazetteer built here and on the real data: names,
 * aliases, demonyms, metonyms and their government cues, letter case, longest match, word
 * boundaries, accent and apostrophe folding, spacing, and mention offsets.
 */
class GazetteerRecognizerTest {
    private static final String GAZETTEER = String.join(",", GazetteerLoader.COLUMNS) + "\n"
            + "armenia,Country,Armenia,Republic of Armenia,Armenian | Armenians,Yerevan,,,\n"
            + "azerbaijan,Country,Azerbaijan,,Azerbaijani | Azeris,Baku,,,\n"
            + "russia,Country,Russia,Russian Federation,Russian | Russians,Kremlin | Moscow,,,\n"
            + "turkey,Country,Turkey,Türkiye,Turkish,,,,\n"
            + "oman,Country,Oman,,,,,,\n"
            + "iran,Country,Iran,,,,,,\n"
            + "united-states,Country,United States,U.S. | US | USA,American,Washington,,,\n"
            + "united-nations,Organization,United Nations,UN | U.N.,,,,,\n"
            + "un-security-council,Organization,UN Security Council,UNSC,,,,,\n"
            + "azerbaijan-defence-ministry,Organization,Ministry of Defence of Azerbaijan,"
            + "Azerbaijan's Defence Ministry,,,azerbaijan,,\n"
            + "mevlut-cavusoglu,Person,Mevlüt Çavuşoğlu,Çavuşoğlu,,,turkey,,\n"
            + "baku,Settlement,Baku,,,,azerbaijan,,\n"
            + "yerevan,Settlement,Yerevan,,,,armenia,,\n"
            + "moscow,Settlement,Moscow,,,,russia,,\n"
            + "nagorno-karabakh,Region,Nagorno-Karabakh,Karabakh,,,azerbaijan,,\n";

    private static GovernmentCues cues;
    private static GazetteerRecognizer small;
    private static GazetteerRecognizer real;

    @BeforeAll
    static void build() {
        cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
        Gazetteer gazetteer = GazetteerLoader.fromRows(CsvTable.parse(Path.of("small.csv"), GAZETTEER,
                GazetteerLoader.COLUMNS, List.of()));
        small = new GazetteerRecognizer(gazetteer, cues);
        real = new GazetteerRecognizer(GazetteerLoader.load(Path.of("data/gazetteer")), cues);
    }

    /** The mentions of a one-sentence text as "surface=entity/TYPE", after checking their spans. */
    private static List<String> found(Recognizer recognizer, String text) {
        List<String> out = new ArrayList<>();
        int previousEnd = 0;
        for (Mention m : recognizer.recognize(new Sentence(1, 0, text.length(), text))) {
            assertEquals(1, m.sentence());
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
            assertTrue(m.start() >= previousEnd, "mentions are in order and do not overlap");
            previousEnd = m.end();
            out.add(m.surface() + "=" + m.entityId() + "/" + m.matchType());
        }
        return out;
    }

    private static List<String> found(String text) {
        return found(small, text);
    }

    @Test
    void labelsAliasesAndDemonyms() {
        assertEquals(List.of("Armenia=armenia/LABEL", "Republic of Armenia=armenia/ALIAS",
                "Armenians=armenia/DEMONYM", "Azeris=azerbaijan/DEMONYM"),
                found("Armenia, officially the Republic of Armenia, where Armenians and Azeris live."));
    }

    @Test
    void aMiddleInitialBetweenTheFirstNameAndTheNameMatchedJoinsTheMention() {
        assertEquals(List.of("Mevlüt K. Çavuşoğlu=mevlut-cavusoglu/ALIAS"),
                found("Mevlüt K. Çavuşoğlu arrived in the capital."));
        assertEquals(List.of("Çavuşoğlu=mevlut-cavusoglu/ALIAS"), found("Ahmet K. Çavuşoğlu arrived."),
                "another first name is another person's");
        assertEquals(List.of("Çavuşoğlu=mevlut-cavusoglu/ALIAS"), found("Mevlüt said K. Çavuşoğlu arrived."),
                "the first name must stand right before the initial");
        assertEquals(List.of("Armenia=armenia/LABEL"), found("Mevlüt K. Armenia was named."),
                "only people");
    }

    @Test
    void nothingInTextWithoutNames() {
        assertEquals(List.of(), found("The talks ended without an agreement on the border."));
        assertEquals(List.of(), found(""));
    }

    @Test
    void metonymOnlyNameAlwaysMeansTheCountry() {
        assertEquals(List.of("Kremlin=russia/METONYM"), found("The Kremlin denied it."));
        assertEquals(List.of("Kremlin=russia/METONYM"), found("Tourists visited the Kremlin."));
        assertEquals(List.of("Washington=united-states/METONYM"), found("Washington called for restraint."));
    }

    @Test
    void placeThatIsAlsoAMetonymNeedsAGovernmentCue() {
        assertEquals(List.of("Baku=azerbaijan/METONYM"), found("Baku said the strikes were small."));
        // the accused capital stands for its government too ("accused Yerevan of"); a capital visited does not
        assertEquals(List.of("Baku=azerbaijan/METONYM", "Yerevan=armenia/METONYM"),
                found("Baku has accused Yerevan of provocations."));
        assertEquals(List.of("Yerevan=yerevan/LABEL"), found("The envoy visited Yerevan on Monday."));
        assertEquals(List.of("Baku=azerbaijan/METONYM"), found("The strikes were small, according to Baku."));
        assertEquals(List.of("Moscow=russia/METONYM"), found("Moscow says it will help."));
    }

    @Test
    void placeThatIsAlsoAMetonymIsThePlaceWithoutACue() {
        assertEquals(List.of("Baku=baku/LABEL"), found("They held talks in Baku."));
        assertEquals(List.of("Baku=baku/LABEL", "Yerevan=yerevan/LABEL"), found("Flights from Baku to Yerevan resumed."));
        assertEquals(List.of("Moscow=moscow/LABEL"), found("In Moscow, he said, it snowed."));
        assertEquals(List.of("Baku=baku/LABEL"), found("He said Baku was cold."));
    }

    @Test
    void withoutCuesAPlaceThatIsAlsoAMetonymIsAlwaysThePlace() {
        Gazetteer gazetteer = GazetteerLoader.fromRows(CsvTable.parse(Path.of("small.csv"), GAZETTEER,
                GazetteerLoader.COLUMNS, List.of()));
        GazetteerRecognizer noCues = new GazetteerRecognizer(gazetteer, GovernmentCues.none());
        assertEquals(List.of("Baku=baku/LABEL"), found(noCues, "Baku said the strikes were small."));
        assertEquals(List.of("Kremlin=russia/METONYM"), found(noCues, "The Kremlin said no."));
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        assertEquals(List.of("UN=united-nations/ALIAS"), found("The UN met."));
        assertEquals(List.of("U.N.=united-nations/ALIAS"), found("The U.N. met."));
        assertEquals(List.of("US=united-states/ALIAS"), found("The US met."));
        assertEquals(List.of("USA=united-states/ALIAS"), found("Made in USA."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"They met un peu later.", "Tell us more.", "Un moment, please.",
        "A u.s. reading.", "The Usa river.", "unsc rules", "We ate turkey at home.", "the kremlin wall",
        "the republic of armenia", "a united nations day", "baku said", "Let us talk."})
    void lowerCaseWordsAreNotNames(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void ordinaryNamesMatchWhereTheirCapitalsAreCapitalised() {
        assertEquals(List.of("Turkey=turkey/LABEL", "TURKEY=turkey/LABEL"), found("Turkey and TURKEY agree."));
        assertEquals(List.of("UNITED NATIONS=united-nations/LABEL"), found("THE UNITED NATIONS MET."));
        assertEquals(List.of("Republic Of Armenia=armenia/ALIAS"), found("Republic Of Armenia"));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("UN Security Council=un-security-council/LABEL"), found("The UN Security Council met."));
        assertEquals(List.of("UN=united-nations/ALIAS"), found("The UN security council met."));
        assertEquals(List.of("Ministry of Defence of Azerbaijan=azerbaijan-defence-ministry/LABEL"),
                found("The Ministry of Defence of Azerbaijan said."));
        assertEquals(List.of("Azerbaijan=azerbaijan/LABEL"), found("The Ministry of Defence met Azerbaijan."),
                "a name cut short falls back to a shorter one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Omani officials spoke.", "Iranian officials spoke.", "Bakuvian food.",
        "The Turkeys of the world.", "Karabakhi troops.", "USAF jets.", "UNESCO met.", "Armenias are many."})
    void neverInsideAnotherWord(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void aDemonymIsItsOwnWord() {
        assertEquals(List.of("Armenian=armenia/DEMONYM", "Russian=russia/DEMONYM", "Turkish=turkey/DEMONYM"),
                found("Armenian, Russian and Turkish troops."));
        assertEquals(List.of("Armenia=armenia/LABEL"), found("Armenia-based groups."));
    }

    @Test
    void accentsAreFolded() {
        assertEquals(List.of("Mevlut Cavusoglu=mevlut-cavusoglu/LABEL"), found("Mevlut Cavusoglu spoke."));
        assertEquals(List.of("Mevlüt Çavuşoğlu=mevlut-cavusoglu/LABEL"), found("Mevlüt Çavuşoğlu spoke."));
        assertEquals(List.of("Cavusoglu=mevlut-cavusoglu/ALIAS"), found("Cavusoglu spoke."));
        assertEquals(List.of("Turkiye=turkey/ALIAS"), found("Turkiye objected."));
        String decomposed = "C\u0327avus\u0327og\u0306lu";
        assertEquals(List.of(decomposed + "=mevlut-cavusoglu/ALIAS"), found(decomposed + " spoke."));
    }

    @Test
    void apostrophesAreFolded() {
        assertEquals(List.of("Azerbaijan’s Defence Ministry=azerbaijan-defence-ministry/ALIAS"),
                found("Azerbaijan’s Defence Ministry said."));
        assertEquals(List.of("Azerbaijan's Defence Ministry=azerbaijan-defence-ministry/ALIAS"),
                found("Azerbaijan's Defence Ministry said."));
        assertEquals(List.of("Azerbaijan=azerbaijan/LABEL"), found("Azerbaijan’s army moved."));
    }

    @Test
    void dashesAreFolded() {
        assertEquals(List.of("Nagorno–Karabakh=nagorno-karabakh/LABEL"), found("Nagorno–Karabakh again."));
        assertEquals(List.of("Nagorno-Karabakh=nagorno-karabakh/LABEL"), found("Nagorno-Karabakh again."));
        assertEquals(List.of("Karabakh=nagorno-karabakh/ALIAS"), found("Nagorno Karabakh again."));
    }

    @Test
    void spacingBetweenTokensDoesNotMatter() {
        assertEquals(List.of("U. S.=united-states/ALIAS"), found("The U. S. said."));
        assertEquals(List.of("U.S.=united-states/ALIAS"), found("The U.S. said."));
        assertEquals(List.of("United  States=united-states/LABEL"), found("The United  States said."));
        assertEquals(List.of("UN=united-nations/ALIAS"), found("The UN  Security met."));
    }

    @Test
    void mentionOffsetsAreInTheArticleText() {
        String text = "Intro line.\nThen Baku said the Kremlin lied.";
        Sentence second = new Sentence(2, 12, text.length(), text.substring(12));
        List<Mention> mentions = small.recognize(second);
        assertEquals(2, mentions.size());
        for (Mention m : mentions) {
            assertEquals(2, m.sentence());
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals(17, mentions.get(0).start());
        assertEquals(Mention.known(2, 17, 21, "Baku", "azerbaijan", MatchType.METONYM), mentions.get(0));
    }

    @Test
    void realDataFromNormalisedArticle() {
        String original = "Officials in the U. S. said Baku accused Yerevan.\\nThe UN Security Council met in Baku. "
                + "Mevlut Cavusoglu and the Kremlin spoke; Azerbaijan’s Defence Ministry said Armenian forces fired.";
        NormalizedText normalized = RuleNormalizer.load(Path.of("data/rules/normalization.csv")).normalize(original);
        List<Sentence> sentences = RuleSentenceSplitter.load(Path.of("data/rules/abbreviations.csv"))
                .split(normalized.text());
        List<String> all = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Mention m : real.recognize(s)) {
                assertEquals(m.surface(), normalized.text().substring(m.start(), m.end()));
                assertTrue(m.start() >= s.start() && m.end() <= s.end());
                all.add(m.surface() + "=" + m.entityId() + "/" + m.matchType() + "@" + m.sentence());
            }
        }
        assertEquals(List.of("U.S.=united-states/ALIAS@1", "Baku=azerbaijan/METONYM@1", "Yerevan=armenia/METONYM@1",
                "UN Security Council=un-security-council/LABEL@2", "Baku=baku/LABEL@2",
                "Mevlut Cavusoglu=mevlut-cavusoglu/LABEL@3", "Kremlin=russia/METONYM@3",
                "Azerbaijan’s Defence Ministry=azerbaijan-defence-ministry/ALIAS@3", "Armenian=armenia/DEMONYM@3"),
                all);
        Mention us = real.recognize(sentences.get(0)).get(0);
        assertEquals("U. S.", original.substring(normalized.originalStart(us.start()), normalized.originalEnd(us.end())));
    }

    @Test
    void realDataCaseAndMetonymRules() {
        assertEquals(List.of("Moscow=russia/METONYM", "Washington=united-states/METONYM"),
                found(real, "Moscow warned and Washington said no."));
        assertEquals(List.of("Washington=washington-dc/ALIAS"), found(real, "The talks in Washington ended."));
        assertEquals(List.of("Yerevan=armenia/METONYM"), found(real, "According to Yerevan, nothing happened."));
        assertEquals(List.of("Tbilisi=tbilisi/LABEL"), found(real, "The talks in Tbilisi ended."));
        assertEquals(List.of("US=united-states/ALIAS", "UN=united-nations/ALIAS"), found(real, "The US and the UN."));
        assertEquals(List.of(), found(real, "Let us go, un ami said."));
        assertEquals(List.of("USSR=soviet-union/ALIAS", "Soviet=soviet-union/DEMONYM"),
                found(real, "The USSR and Soviet troops."));
        assertEquals(List.of("NATO=nato/LABEL"), found(real, "NATO met; Nato did not."));
    }

    @Test
    void aShortFormInsideALongerNameIsFoundInItsOtherSpelling() {
        Gazetteer gazetteer = GazetteerLoader.fromRows(CsvTable.parse(Path.of("spellings.csv"),
                "id,kind,label,aliases,demonyms,metonyms,country,wikidata,source\n"
                        + "unsmil,Organization,UNSMIL,UN Support Mission in Libya,,,,,\n",
                GazetteerLoader.COLUMNS, List.of()));
        GazetteerRecognizer spelling = new GazetteerRecognizer(gazetteer, GovernmentCues.none(),
                GazetteerRecognizer.spellings(Path.of("data/rules/name-spellings.csv")));
        assertEquals(List.of("U.N. Support Mission in Libya=unsmil/ALIAS"),
                found(spelling, "The U.N. Support Mission in Libya said."));
        assertEquals(List.of("UN Support Mission in Libya=unsmil/ALIAS"),
                found(spelling, "The UN Support Mission in Libya said."));
        // a one-word name stays as written
        assertTrue(found(spelling, "The U.N. said.").isEmpty());
    }
}
