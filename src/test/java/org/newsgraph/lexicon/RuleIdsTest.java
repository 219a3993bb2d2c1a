package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.newsgraph.InputException;
import org.newsgraph.discover.persons.PersonRules;
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
        try (Stream<Path> files = Files.list(Path.of("data/rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Path file = rules.resolve(RuleIds.FILE);
        long lines = Files.readAllLines(file).size();
        Files.writeString(file, "person-guess,discover,maybe,a guess,Jane\n", StandardOpenOption.APPEND);
        InputException e = assertThrows(InputException.class, () -> RuleIds.of(RuleFiles.open(rules)));
        assertTrue(e.getMessage().contains(RuleIds.FILE) && e.getMessage().contains(Long.toString(lines + 1))
                && e.getMessage().contains("role-cue must be yes or no"), e.getMessage());
    }
}
