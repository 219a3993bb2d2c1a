package org.newsgraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.pipeline.Annotation;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.LayoutStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;

/**
 * The roles of an article's lines through the pipeline: the stage "layout" gives the headline, bullets and
 * sections from the text alone, right after the split; the person finder adds the byline and credit lines
 * (the byline by the cue {@code credit-cues.csv} marks as the byline's), the fact extractor the dateline.
 */
class LayoutStageTest {
    private static final Pipeline PIPELINE = Pipeline.load(Path.of("data/gazetteer"), Path.of("data/rules"));

    private static final String ARTICLE = """
            Talks Collapse In Geneva
            By Jane Smith and John Roe
            TBILISI, Sept 13 (Reuters) - Georgia closed its border with Russia on Tuesday.
            * Both sides walk out
            THE DAY AFTER
            The talks ended on Friday.
            (Reporting by Anna Petrova; Editing by Mark Jones)
            """;

    /** The annotation after the stages up to and including "layout". */
    private static Annotation laidOut(String text) {
        Annotation a = Annotation.of(new Article("t1", "t1.txt", text, ArticleMetadata.unknown()));
        for (Stage stage : PIPELINE.stages().list()) {
            a = stage.apply(a);
            if (stage instanceof LayoutStage) {
                return a;
            }
        }
        throw new AssertionError("no layout stage in " + PIPELINE.stages().names());
    }

    @Test
    void theLayoutStageGivesHeadlineBulletsAndSectionsBeforeAnythingIsRecognised() {
        Annotation a = laidOut(ARTICLE);
        assertEquals(java.util.Set.of(Layer.TEXT, Layer.SENTENCES, Layer.ROLES), a.layers());
        assertEquals(Map.of(1, SentenceRole.HEADLINE, 4, SentenceRole.BULLET, 5, SentenceRole.SECTION), a.roles());
    }

    @Test
    void theBylineCreditLinesAndDatelineJoinTheRolesInLaterStages() {
        AnnotatedArticle a = ExtractionFixture.annotate(ARTICLE);
        assertEquals(Map.of(1, SentenceRole.HEADLINE, 2, SentenceRole.BYLINE, 3, SentenceRole.DATELINE,
                4, SentenceRole.BULLET, 5, SentenceRole.SECTION, 7, SentenceRole.CREDIT),
                a.facts().structure().roles());
        assertEquals("Talks Collapse In Geneva", a.facts().structure().headline());
    }

    @Test
    void aCreditLineThatStartsWithAnotherCueIsNoByline() {
        AnnotatedArticle a = ExtractionFixture.annotate("Talks resumed in Brussels.\nReporting by Jane Smith\n");
        assertEquals(Map.of(2, SentenceRole.CREDIT), a.facts().structure().roles());
    }

    @Test
    void aLineOfStoryTextWithACueInsideHasNoRole() {
        AnnotatedArticle a = ExtractionFixture.annotate("The document was signed By Ivan Petrov in Tbilisi.\n");
        assertEquals(Map.of(), a.facts().structure().roles());
    }
}
