package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.recognize.GazetteerRecognizer;
import org.newsgraph.recognize.GovernmentCues;
import org.newsgraph.recognize.Mention;
import org.newsgraph.recognize.Recognizer;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.Normalizer;
import org.newsgraph.text.RuleNormalizer;
import org.newsgraph.text.RuleSentenceSplitter;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.SentenceSplitter;

/**
 * The stages in order: normalise, split sentences, recognise entities. Stateless once built,
 * so one pipeline serves any number of articles (and threads).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load(Path.of("data"));
 * AnnotatedArticle annotated = pipeline.annotate(article);
 * }</pre>
 *
 * @param gazetteer  the entities the recogniser knows
 * @param normalizer stage 1
 * @param splitter   stage 2
 * @param recognizer stage 3
 */
public record Pipeline(Gazetteer gazetteer, Normalizer normalizer, SentenceSplitter splitter, Recognizer recognizer) {

    /**
     * The pipeline described by a data folder: {@code gazetteer/*.csv},
     * {@code rules/normalization.csv}, {@code rules/abbreviations.csv} and
     * {@code rules/government-cues.csv}.
     */
    public static Pipeline load(Path dataDir) {
        return load(dataDir.resolve("gazetteer"), dataDir.resolve("rules"));
    }

    /** The pipeline of a gazetteer folder and a rules folder. */
    public static Pipeline load(Path gazetteerDir, Path rules) {
        Gazetteer gazetteer = GazetteerLoader.load(gazetteerDir);
        return new Pipeline(gazetteer,
                RuleNormalizer.load(rules.resolve("normalization.csv")),
                RuleSentenceSplitter.load(rules.resolve("abbreviations.csv")),
                new GazetteerRecognizer(gazetteer, GovernmentCues.load(rules.resolve("government-cues.csv"))));
    }

    /** Runs every stage over one article. */
    public AnnotatedArticle annotate(Article article) {
        NormalizedText normalized = normalizer.normalize(article.text());
        List<Sentence> sentences = splitter.split(normalized.text());
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            mentions.addAll(recognizer.recognize(sentence));
        }
        return new AnnotatedArticle(article, normalized, sentences, mentions);
    }
}
