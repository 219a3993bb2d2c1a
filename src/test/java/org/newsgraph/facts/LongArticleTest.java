package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.LogCapture;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.layout.Layout;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.LongSentences;
import org.newsgraph.text.Sentence;

/**
 * An article of one endless line (no full stop in megabytes) converts in time that follows its
 * length: the sentence is cut at word boundaries below {@link LongSentences#MAX_CHARS}, and a
 * sentence view costs its tokens plus its mentions, not their product. The times below are only
 * a backstop, far above what the work takes.
 */
class LongArticleTest {
    private static final String CLAUSE = "Armenian Prime Minister Nikol Pashinyan told reporters in Yerevan that "
            + "Azerbaijani forces had shelled Jermuk, ";

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load(Path.of("data"));
    }

    @Test
    void aLineWithoutFullStopsIsCutAtWordBoundariesIntoBoundedSentences() {
        String text = CLAUSE.repeat(1_000_000 / CLAUSE.length()) + "and Armenia said so";
        AnnotatedArticle a;
        try (LogCapture log = LogCapture.start()) {
            a = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> pipeline.annotate(new Article("long", "long.txt", text, ArticleMetadata.unknown())));
            assertTrue(log.text().contains("[WARN] SplitStage - article \"long\" (long.txt): a stretch of "
                    + text.length() + " characters from character 0 has no sentence end"), "the cut is logged: " + log.text());
        }
        List<Sentence> sentences = a.sentences();
        assertTrue(sentences.size() >= text.length() / LongSentences.MAX_CHARS, "cut into pieces: " + sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k + 1, s.index());
            assertTrue(s.text().length() <= LongSentences.MAX_CHARS, "sentence " + s.index() + " is "
                    + s.text().length() + " characters");
            if (k + 1 < sentences.size()) {
                assertEquals(' ', a.normalized().text().charAt(s.end()), "cut at a space after sentence " + s.index());
            }
        }
        assertEquals(text, sentences.stream().map(Sentence::text).collect(Collectors.joining(" ")),
                "the pieces are the whole text, word for word");
        long pashinyan = a.mentions().stream().filter(m -> m.entityId().equals("nikol-pashinyan")).count();
        assertEquals(text.length() / CLAUSE.length(), pashinyan, "every clause is read");
    }

    @Test
    void manySentencesCostTheirNumberNotTheirNumberTimesTheMentions() {
        // 60,000 sentences of one mention each: filtering every mention for every sentence, in each
        // stage, makes billions of steps (over a minute); a look-up per sentence takes seconds
        String sentence = "Armenia said so. ";
        String text = sentence.repeat(60_000);
        AnnotatedArticle a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> pipeline.annotate(new Article("many", "many.txt", text, ArticleMetadata.unknown())));
        assertEquals(60_000, a.sentences().size());
        assertEquals(60_000, a.mentions().stream().filter(m -> m.entityId().equals("armenia")).count(),
                "every sentence is read");
    }

    @Test
    void positionsAreKeptOrDroppedByLookUpNotByComparingEveryPair() {
        List<Facts.Position> positions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Evidence e = new Evidence(i + 1, 0, 10, "position-title");
            positions.add(new Facts.Position("nikol-pashinyan", "Prime Minister", null, e));
            positions.add(new Facts.Position("ararat-mirzoyan", "Minister", i % 2 == 0 ? null : "armenia", e));
        }
        positions.add(new Facts.Position("ararat-mirzoyan", "Foreign Minister", null, new Evidence(1, 0, 10, "r")));
        positions.add(new Facts.Position("nikol-pashinyan", "Prime", null, new Evidence(1, 0, 10, "r")));
        // 200,000 positions: comparing every pair makes 40 billion steps
        List<Facts.Position> kept = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> PositionRules.specific(positions));
        assertEquals(100_000 + 50_000 + 1, kept.size(), "\"Prime\" goes on \"Prime Minister\", \"Minister\" without an "
                + "owner on \"Minister\" of Armenia");
        assertTrue(kept.stream().noneMatch(p -> p.title().equals("Prime")
                || p.title().equals("Minister") && p.of() == null));
    }

    @Test
    void theLayoutOfAnEndlessLineLooksNoFurtherThanEachSentence() {
        // 40,000 pieces of one 4 MB line: searching the whole line for each makes 100 billion steps
        String piece = "x".repeat(99) + " ";
        String text = "Talks Collapse In Geneva\n" + piece.repeat(40_000).strip() + "\n* Both sides walk out\n";
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(1, 0, 24, text.substring(0, 24)));
        for (int k = 0; k < 40_000; k++) {
            int start = 25 + k * piece.length();
            sentences.add(new Sentence(k + 2, start, start + 99, text.substring(start, start + 99)));
        }
        int bullet = text.indexOf("Both");
        sentences.add(new Sentence(40_002, bullet, text.length() - 1, text.substring(bullet, text.length() - 1)));
        var roles = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Layout.roles(text, sentences));
        assertEquals(java.util.Map.of(1, SentenceRole.HEADLINE, 40_002, SentenceRole.BULLET), roles);
    }

    @Test
    void aViewCostsItsTokensAndMentionsNotTheirProduct() {
        // 450,000 tokens and 50,000 mentions in one sentence: a mention-by-token loop makes 22 billion steps
        String unit = "Armenia and Azerbaijan talked about peace and nothing else ";
        String text = unit.repeat(50_000).strip();
        Sentence sentence = new Sentence(1, 0, text.length(), text);
        List<Mention> mentions = new ArrayList<>();
        for (int at = 0; at < text.length(); at += unit.length()) {
            mentions.add(Mention.known(1, at, at + 7, "Armenia", "armenia", MatchType.LABEL));
        }
        SentenceView view = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new SentenceView(sentence, mentions, id -> Kind.COUNTRY));
        assertEquals(450_000, view.size());
        for (int m = 0; m < mentions.size(); m += 997) {
            Mention mention = mentions.get(m);
            int first = view.firstToken(mention);
            assertEquals(m * 9, first);
            assertSame(mention, view.mentionAt(first));
            assertEquals(first + 1, view.endToken(mention));
            assertNull(view.mentionAt(first + 2), "\"Azerbaijan\" is no mention here");
        }
    }
}
