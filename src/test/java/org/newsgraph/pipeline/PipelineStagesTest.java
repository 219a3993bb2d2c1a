package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real pipeline's stages: their order and the layers each needs, adds and rewrites. */
class PipelineStagesTest {
    private static final Pipeline PIPELINE = Pipeline.load(Path.of("data/gazetteer"), Path.of("data/rules"));

    @Test
    void theStagesRunInTheOrderTheReadmeDraws() {
        assertEquals(List.of("normalise", "split", "layout", "recognise", "persons", "byline", "shapes", "resolve", "facts"),
                PIPELINE.stages().names());
    }

    @Test
    void eachStageDeclaresTheLayersOfTheRealDataFlow() {
        List<String> declared = PIPELINE.stages().list().stream()
                .map(s -> s.name() + " " + sorted(s.requires()) + " -> " + sorted(s.provides()) + " refines "
                        + sorted(s.refines()))
                .toList();
        assertEquals(List.of(
                "normalise [] -> [TEXT] refines []",
                "split [TEXT] -> [SENTENCES] refines []",
                "layout [TEXT, SENTENCES] -> [ROLES] refines []",
                "recognise [SENTENCES] -> [MENTIONS] refines []",
                "persons [SENTENCES, MENTIONS] -> [PERSONS, FOUND] refines [ROLES, MENTIONS]",
                "byline [SENTENCES, PERSONS] -> [BYLINE] refines [MENTIONS, FOUND]",
                "shapes [SENTENCES, PERSONS, BYLINE] -> [SHAPES] refines [MENTIONS, FOUND]",
                "resolve [SENTENCES, SHAPES] -> [LINKS] refines [MENTIONS, FOUND]",
                "facts [SENTENCES, ROLES, MENTIONS, PERSONS, FOUND, BYLINE, LINKS] -> [FACTS] refines []"),
                declared);
    }

    @Test
    void theNormaliserIsTheFirstStages() {
        assertSame(((NormalizeStage) PIPELINE.stages().list().get(0)).normalizer(), PIPELINE.normalizer());
    }

    @Test
    void linksAcceptedLaterKeepTheStages() {
        assertSame(PIPELINE.stages(), PIPELINE.withLinks(java.util.Map.of()).stages());
    }

    private static List<Layer> sorted(Set<Layer> layers) {
        return layers.stream().sorted().toList();
    }
}
