package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.article.Article;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Bylines;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.Found;
import org.newsgraph.extract.ShapeFinder;
import org.newsgraph.extract.PersonFinder;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.recognize.GazetteerRecognizer;
import org.newsgraph.recognize.GovernmentCues;
import org.newsgraph.recognize.Mention;
import org.newsgraph.recognize.Recognizer;
import org.newsgraph.text.LongSentences;
import org.newsgraph.text.NormalizedText;
import org.newsgraph.text.Normalizer;
import org.newsgraph.text.RuleNormalizer;
import org.newsgraph.text.RuleSentenceSplitter;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages in order: normalise, split sentences (cutting any over
 * {@link LongSentences#MAX_CHARS} characters), recognise gazetteer entities, find unknown people,
 * extract facts. Stateless once built, so one pipeline serves any number of articles (and
 * threads).
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
 * @param persons    stage 4a
 * @param shapes     stage 4b
 * @param extractor  stage 5
 * @param bylines    the entities of the metadata's publisher and authors
 * @param links      Wikidata links accepted by {@code newsgraph link}, by entity id
 */
public record Pipeline(Gazetteer gazetteer, Normalizer normalizer, SentenceSplitter splitter, Recognizer recognizer,
        PersonFinder persons, ShapeFinder shapes, FactExtractor extractor, Bylines bylines,
        Map<String, AcceptedLinks.Link> links) {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /**
     * The pipeline described by a data folder: {@code gazetteer/*.csv} and the rule files of
     * {@code rules/} (normalisation, abbreviations, government cues and the extraction word lists).
     */
    public static Pipeline load(Path dataDir) {
        Pipeline pipeline = load(dataDir.resolve("gazetteer"), dataDir.resolve("rules"));
        Map<String, AcceptedLinks.Link> links = AcceptedLinks.read(dataDir.resolve("links").resolve("wikidata-links.csv"));
        return links.isEmpty() ? pipeline : pipeline.withLinks(links);
    }

    /** This pipeline with the Wikidata links {@code newsgraph link} accepted. */
    public Pipeline withLinks(Map<String, AcceptedLinks.Link> links) {
        return new Pipeline(gazetteer, normalizer, splitter, recognizer, persons, shapes, extractor, bylines,
                Map.copyOf(links));
    }

    /** The pipeline of a gazetteer folder and a rules folder. */
    public static Pipeline load(Path gazetteerDir, Path rules) {
        Gazetteer gazetteer = GazetteerLoader.load(gazetteerDir);
        Lexicon lexicon = Lexicon.load(rules);
        return new Pipeline(gazetteer,
                RuleNormalizer.load(rules.resolve("normalization.csv")),
                RuleSentenceSplitter.load(rules.resolve("abbreviations.csv")),
                new GazetteerRecognizer(gazetteer, GovernmentCues.load(rules.resolve("government-cues.csv")),
                        GazetteerRecognizer.spellings(rules.resolve("name-spellings.csv"))),
                new PersonFinder(lexicon), new ShapeFinder(lexicon, gazetteer), new FactExtractor(lexicon),
                new Bylines(lexicon, gazetteer), Map.of());
    }

    /** Runs every stage over one article. */
    public AnnotatedArticle annotate(Article article) {
        NormalizedText normalized = normalizer.normalize(article.text());
        List<Sentence> sentences = bounded(article, normalized, splitter.split(normalized.text()));
        List<Mention> known = new ArrayList<>();
        for (Sentence sentence : sentences) {
            known.addAll(recognizer.recognize(sentence));
        }
        Function<String, Kind> gazetteerKinds = id -> gazetteer.get(id).map(Entity::kind).orElse(Kind.PERSON);
        PersonFinder.Discovery discovery = persons.find(sentences, known, gazetteerKinds);
        Map<String, Found> found = new LinkedHashMap<>();
        discovery.found().forEach(f -> found.put(f.entity().id(), f));
        Bylines.Byline byline = bylines.resolve(article.metadata());
        byline.found().forEach(f -> found.putIfAbsent(f.entity().id(), f));
        Function<String, Kind> personKinds = id -> found.containsKey(id) ? found.get(id).entity().kind()
                : gazetteerKinds.apply(id);
        ShapeFinder.Result shapes = this.shapes.find(sentences, discovery.mentions(), personKinds);
        shapes.found().forEach(f -> found.putIfAbsent(f.entity().id(), f));
        Function<String, Kind> kinds = id -> found.containsKey(id) ? found.get(id).entity().kind()
                : gazetteerKinds.apply(id);
        String publisher = byline.publisher();
        Function<String, String> countryOf = id -> found.containsKey(id) ? found.get(id).entity().country()
                : gazetteer.get(id).map(Entity::country).orElse(null);
        ArticleFacts facts = extractor.extract(new FactExtractor.Input(sentences, shapes.mentions(), kinds, discovery,
                article.metadata().published(), publisher, countryOf, normalized.text()));
        return new AnnotatedArticle(article, normalized, sentences, shapes.mentions(), List.copyOf(found.values()),
                facts, byline);
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
