package org.newsgraph.pipeline;

import java.util.List;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.text.LongSentences;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage "split": the sentences of the normalised text, each tokenised once as it is made, with
 * every one over {@link LongSentences#MAX_CHARS} characters cut (a warning names the article).
 *
 * @param splitter the splitter ({@code rules/abbreviations.csv})
 */
public record SplitStage(SentenceSplitter splitter) implements Stage {
    private static final Logger LOG = LoggerFactory.getLogger(SplitStage.class);

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Annotation apply(Annotation a) {
        NormalizedText normalized = a.normalized();
        return a.withSentences(bounded(a.article(), normalized, splitter.split(normalized.text())));
    }

    /** The sentences with every one over {@link LongSentences#MAX_CHARS} cut, which a warning names. */
    private static List<Sentence> bounded(Article article, NormalizedText normalized, List<Sentence> sentences) {
        LongSentences.Result bounded = LongSentences.cut(sentences, normalized.text());
        if (!bounded.cut().isEmpty()) {
            int count = bounded.cut().size();
            String first = bounded.cut().get(0).text().length() + " characters from character "
                    + normalized.originalStart(bounded.cut().get(0).start());
            String what = count == 1 ? "a stretch of " + first + " has no sentence end"
                    : count + " stretches of text have no sentence end, the first " + first;
            LOG.warn("article \"{}\" ({}): {}; cut at word boundaries into sentences of at most {} characters",
                    article.id(), article.fileName(), what, LongSentences.MAX_CHARS);
        }
        return bounded.sentences();
    }
}
