package org.newsgraph.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ExtractionFixture.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DataRules;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.pipeline.Pipeline;

/**
 * Tests the word lists of the shape and byline rules ({@code desk-words.csv}, {@code desk-small-words.csv},
 * {@code mission-words.csv}, {@code led-words.csv}, {@code event-connectors.csv}): with the project's lists
 * a rule fires on its words and not on others, and a word a curator adds to a list (in a copy of
 * {@code data/rules}) changes what the rule finds, without code.
 */
class CuratedWordListsTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            new Entity("reuters", Kind.ORGANIZATION, "Reuters", List.of(), List.of(), List.of(), null, null, null),
            new Entity("associated-press", Kind.ORGANIZATION, "Associated Press", List.of("AP"), List.of(), List.of(),
                    null, null, null)));

    @TempDir
    Path rules;

    /** A copy of {@code data/rules} in which {@code file} has {@code word} as its last row. */
    private Path rulesWith(String file, String word) throws IOException {
        DataRules.copyTo(rules);
        Files.writeString(rules.resolve(file), word + "\n", StandardOpenOption.APPEND);
        return rules;
    }

    /** The authors of a byline read with the rules of {@code rulesDir}, with no publisher. */
    private static List<String> authors(Path rulesDir, String author) {
        return new Bylines(Lexicon.load(rulesDir), GAZETTEER)
                .resolve(new ArticleMetadata(null, null, null, null, List.of(author))).authors();
    }

    /** {@code text} annotated by the pipeline of the project's gazetteer and the rules of {@code rulesDir}. */
    private static AnnotatedArticle annotateWith(Path rulesDir, String text) {
        return Pipeline.load(Path.of("data/gazetteer"), rulesDir).annotate(new Article("t1", "t1.txt", text,
                new ArticleMetadata(null, "Reuters", null, ExtractionFixture.PUBLISHED, List.of())));
    }

    /** The labels of the entities found by {@code rule}. */
    private static List<String> labels(AnnotatedArticle a, String rule) {
        return a.found().stream().filter(f -> f.rule().equals(rule)).map(f -> f.entity().label()).toList();
    }

    @Test
    void anAuthorWithADeskWordIsTheOrganisationOrAPersonWithout() {
        Path stock = Path.of("data/rules");
        assertEquals(List.of("reuters"), authors(stock, "Reuters correspondent"), "correspondent is a desk word");
        assertEquals(List.of("reuters-stringer"), authors(stock, "Reuters Stringer"), "stringer is none: a person");
    }

    @Test
    void aDeskWordACuratorAddsMakesTheAuthorADesk() throws IOException {
        assertEquals(List.of("reuters"), authors(rulesWith(Bylines.DESK_WORDS, "stringer"), "Reuters Stringer"));
    }

    @Test
    void theSmallWordsOfADesksNameAreLeftOutWhenItIsLookedUp() {
        Path stock = Path.of("data/rules");
        assertEquals(List.of("associated-press"), authors(stock, "The Associated Press staff"));
        assertEquals(List.of("staff-at-the-associated-press"), authors(stock, "Staff at the Associated Press"),
                "\"at\" is no small word: an organisation of that name");
    }

    @Test
    void aSmallWordACuratorAddsIsLeftOutOfADesksName() throws IOException {
        assertEquals(List.of("associated-press"),
                authors(rulesWith(Bylines.DESK_SMALL_WORDS, "at"), "Staff at the Associated Press"));
    }

    @Test
    void aMissionWordTakesInAndAPlaceIntoTheName() {
        AnnotatedArticle a = annotate("The head of the U.N. Support Commission in Libya spoke.");
        assertEquals(List.of("U.N. Support Commission"), labels(a, "organisation-shape"),
                "a commission is no mission: Libya is where it works");
    }

    @Test
    void aMissionWordACuratorAddsTakesThePlaceIntoTheName() throws IOException {
        AnnotatedArticle a = annotateWith(rulesWith(OrganisationShapes.MISSION_WORDS, "commission"),
                "The head of the U.N. Support Commission in Libya spoke.");
        assertEquals(List.of("U.N. Support Commission in Libya"), labels(a, "organisation-shape"));
    }

    @Test
    void onlyALedWordMakesACountryAndAGroupNounAnOrganisation() {
        assertEquals(List.of("Saudi-led coalition"),
                labels(annotate("A Saudi-led coalition struck rebel positions."), "organisation-led"));
        assertEquals(List.of(), labels(annotate("A French-backed coalition struck rebel positions."), "organisation-led"));
    }

    @Test
    void aLedWordACuratorAddsMakesTheGroupAnOrganisation() throws IOException {
        AnnotatedArticle a = annotateWith(rulesWith(OrganisationShapes.LED_WORDS, "backed"),
                "A French-backed coalition struck rebel positions.");
        assertEquals(List.of("French-backed coalition"), labels(a, "organisation-led"));
    }

    @Test
    void anEventsNameGoesOnOverItsSmallWordsOnly() {
        assertEquals(List.of("Geneva Convention on Refugees"),
                labels(annotate("Both sides cited the Geneva Convention on Refugees."), "event-name"));
        assertEquals(List.of("Geneva Convention"),
                labels(annotate("Both sides cited the Geneva Convention against Torture."), "event-name"),
                "\"against\" is no small word of an event's name");
    }

    @Test
    void aSmallWordACuratorAddsGoesOnInsideAnEventsName() throws IOException {
        AnnotatedArticle a = annotateWith(rulesWith(EventNames.CONNECTORS_FILE, "against"),
                "Both sides cited the Geneva Convention against Torture.");
        assertEquals(List.of("Geneva Convention against Torture"), labels(a, "event-name"));
        assertTrue(a.found().stream().noneMatch(f -> f.entity().label().equals("Geneva Convention")),
                a.found().toString());
    }
}
