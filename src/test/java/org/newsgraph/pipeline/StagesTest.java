package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.text.NormalizedText;

/** How a list of stages is checked when it is built, and how an article goes through it. */
class StagesTest {
    /** A stage that declares what it is told to and changes nothing. */
    private record Declared(String name, Set<Layer> requires, Set<Layer> provides, Set<Layer> refines)
            implements Stage {
        static Declared of(String name, Set<Layer> requires, Set<Layer> provides) {
            return new Declared(name, requires, provides, Set.of());
        }

        @Override
        public Annotation apply(Annotation annotation) {
            return annotation;
        }
    }

    private static final Declared EVERYTHING = Declared.of("everything", Set.of(), Layer.FINISHED);

    @Test
    void aStageWhoseRequirementNoEarlierStageProvidesIsRefusedNamingTheStageAndTheLayer() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Stages.of(
                Declared.of("normalise", Set.of(), Set.of(Layer.TEXT)),
                Declared.of("recognise", Set.of(Layer.SENTENCES), Set.of(Layer.MENTIONS))));
        assertEquals("pipeline stage 2 \"recognise\" requires the layer SENTENCES, which no earlier stage "
                + "provides; put a stage that provides SENTENCES before it", e.getMessage());
    }

    @Test
    void aRequirementProvidedOnlyByALaterStageIsRefusedToo() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Stages.of(
                Declared.of("recognise", Set.of(Layer.SENTENCES), Set.of(Layer.MENTIONS)),
                Declared.of("split", Set.of(), Set.of(Layer.SENTENCES))));
        assertTrue(e.getMessage().startsWith("pipeline stage 1 \"recognise\" requires the layer SENTENCES"),
                e.getMessage());
    }

    @Test
    void aStageThatRefinesALayerNobodyProvidedIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new Stages(List.of(
                new Declared("resolve", Set.of(), Set.of(Layer.LINKS), Set.of(Layer.MENTIONS)), EVERYTHING)));
        assertTrue(e.getMessage().startsWith("pipeline stage 1 \"resolve\" refines the layer MENTIONS, which no "
                + "earlier stage provides"), e.getMessage());
    }

    @Test
    void twoStagesProvidingTheSameLayerAreRefusedUnlessTheSecondRefinesIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Stages.of(EVERYTHING,
                Declared.of("again", Set.of(), Set.of(Layer.MENTIONS))));
        assertEquals("pipeline stage 2 \"again\" provides the layer MENTIONS, which stage \"everything\" already "
                + "provides; declare MENTIONS in its refines() if it rewrites the layer, or remove one of the two "
                + "stages", e.getMessage());
        Stages refining = new Stages(List.of(EVERYTHING,
                new Declared("again", Set.of(), Set.of(), Set.of(Layer.MENTIONS))));
        assertEquals(List.of("everything", "again"), refining.names());
    }

    @Test
    void stagesThatLeaveOutALayerOfTheAnnotatedArticleAreRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Stages.of(
                Declared.of("normalise", Set.of(), Set.of(Layer.TEXT)),
                Declared.of("split", Set.of(Layer.TEXT), Set.of(Layer.SENTENCES))));
        assertEquals("pipeline [normalise, split] provides no [MENTIONS, FOUND, BYLINE, FACTS], which an annotated "
                + "article needs; add a stage that provides them", e.getMessage());
    }

    @Test
    void aStageThatDoesNotAddWhatItDeclaresFailsOnTheFirstArticle() {
        Stages stages = Stages.of(EVERYTHING);
        Article article = new Article("a", "a.txt", "Text.", ArticleMetadata.unknown());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> stages.annotate(article));
        assertTrue(e.getMessage().startsWith("stage \"everything\" declares"), e.getMessage());
    }

    @Test
    void anAnnotationIsCopiedWithEachLayerAndNeverChanged() {
        Article article = new Article("a", "a.txt", "Text.", ArticleMetadata.unknown());
        Annotation bare = Annotation.of(article);
        Annotation text = bare.withText(new NormalizedText("Text.", "Text.",
                org.newsgraph.text.OffsetMap.identity(5)));
        assertFalse(bare.has(Layer.TEXT));
        assertEquals(null, bare.normalized());
        assertTrue(text.has(Layer.TEXT));
        assertEquals(Set.of(Layer.TEXT), text.layers());
        assertThrows(UnsupportedOperationException.class, () -> text.layers().add(Layer.FACTS));
        IllegalStateException e = assertThrows(IllegalStateException.class, text::toArticle);
        assertTrue(e.getMessage().startsWith("article \"a\" has only the layers [TEXT]"), e.getMessage());
    }
}
