package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.DataRules;
import org.newsgraph.InputException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.discover.persons.PersonRules;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.NG;

/**
 * Tests {@link RuleIds}, the registry of rule ids ({@code data/rules/rule-ids.csv}): every rule the golden
 * graphs record for a found entity ({@code ng:foundBy}) or a statement ({@code ng:rule}) is in it, the person
 * rules take their names from it, a family holds the ids its rule list makes, and a bad row fails naming
 * the file and line.
 */
class RuleIdsTest {
    private static final RuleIds IDS = RuleIds.of(RuleFiles.open(Path.of("data/rules")));

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/golden-samples/expected.trig",
            "src/test/resources/golden-eval/expected.trig"})
    void everyRuleOfTheGoldenGraphsIsInTheRegistry(String golden) {
        Dataset dataset = RDFDataMgr.loadDataset(golden);
        Set<String> rules = new TreeSet<>();
        for (Node property : new Node[] {NG.rule, NG.foundBy}) {
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property, Node.ANY)
                    .forEachRemaining(q -> rules.add(q.getObject().getLiteralLexicalForm()));
        }
        assertTrue(rules.size() > 10, "the golden graph holds rules: " + rules);
        assertEquals(Set.of(), rules.stream().filter(r -> !IDS.contains(r)).collect(Collectors.toSet()),
                "rules missing from data/rules/rule-ids.csv");
    }

    /**
     * Every rule the pipeline records on the articles {@code eval-floors.csv} measures (the samples, data/eval and
     * the evaluated blind rounds) is a row of the registry: the rule of every mention, of every found entity and of
     * every statement.
     */
    @Test
    void everyRuleThePipelineRecordsOnTheEvaluatedArticlesIsInTheRegistry() {
        Pipeline pipeline = Pipeline.load(Path.of("data"));
        Set<String> missing = new TreeSet<>();
        int articles = 0;
        for (CsvRow row : CsvTable.read(Path.of("src/test/resources/eval-floors.csv"), List.of("articles", "gold",
                "entities_f1", "relations_f1"), List.of("links"))) {
            for (Article article : ArticleLoader.load(Path.of(row.required("articles")))) {
                AnnotatedArticle a = pipeline.annotate(article);
                articles++;
                Stream.of(a.mentions().stream().map(Mention::rule), a.found().stream().map(Found::rule),
                        evidence(a.facts()).map(Evidence::rule))
                        .flatMap(x -> x).filter(rule -> !IDS.contains(rule))
                        .forEach(rule -> missing.add(rule + " (" + article.id() + ")"));
            }
        }
        assertTrue(articles > 50, "the evaluated articles were read: " + articles);
        assertEquals(Set.of(), missing, "rules recorded but not in rule-ids.csv; add a row for each");
    }

    private static Stream<Evidence> evidence(ArticleFacts f) {
        return Stream.of(f.positions().stream().map(Facts.Position::evidence),
                f.relations().stream().map(Facts.Relation::evidence),
                f.quotations().stream().map(Facts.Quotation::evidence),
                f.claims().stream().map(Facts.Claim::evidence),
                f.events().stream().map(Facts.Event::evidence),
                f.casualties().stream().map(Facts.Casualties::evidence)).flatMap(x -> x);
    }

    @Test
    void everyPersonRuleIsARowOfTheDiscoverStage() {
        for (String name : PersonRules.names()) {
            RuleIds.Rule rule = IDS.find(name).orElseThrow(() -> new AssertionError(name + " is not in rule-ids.csv"));
            assertEquals(name, rule.id(), "a person rule has a row of its own, not a family's");
            assertEquals("discover", rule.stage(), name);
        }
    }

    @Test
    void aTitleAnAppositionACreditAndTheMetadataAreRoleCuesASpeechVerbAndASurnameAreNot() {
        assertTrue(IDS.roleCue("person-title"));
        assertTrue(IDS.roleCue("person-apposition"));
        assertTrue(IDS.roleCue("person-credit"));
        assertTrue(IDS.roleCue("person-manifest"));
        assertFalse(IDS.roleCue("person-speaker"));
        assertFalse(IDS.roleCue("person-surname"));
        assertFalse(IDS.roleCue("no-such-rule"), "a rule the registry does not list is no role cue");
    }

    @Test
    void aFamilyHoldsTheIdsItsRuleListMakesAndNothingElse() {
        assertTrue(IDS.contains("place-village"), "the word of place-words.csv");
        assertTrue(IDS.contains("body-defence-ministry"), "the key of national-bodies.csv");
        assertEquals("place-lead", IDS.find("place-lead").orElseThrow().id(), "its own row before the family's");
        assertFalse(IDS.contains("place"));
        assertFalse(IDS.contains("person-guess"));
    }

    @Test
    void aBadRoleCueFailsNamingTheFileAndLine(@TempDir Path rules) throws IOException {
        DataRules.copyTo(rules);
        Path file = rules.resolve(RuleIds.FILE);
        long lines = Files.readAllLines(file).size();
        Files.writeString(file, "person-guess,discover,maybe,a guess,Jane\n", StandardOpenOption.APPEND);
        InputException e = assertThrows(InputException.class, () -> RuleIds.of(RuleFiles.open(rules)));
        assertTrue(e.getMessage().contains(RuleIds.FILE) && e.getMessage().contains(Long.toString(lines + 1))
                && e.getMessage().contains("role-cue must be yes or no"), e.getMessage());
    }
}
