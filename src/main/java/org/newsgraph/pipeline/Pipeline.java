package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.csv.CsvTable;
import org.newsgraph.text.Names;
import org.newsgraph.Background;
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
import org.newsgraph.lexicon.RuleFiles;
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
import org.newsgraph.world.CuratedLinks;
import org.newsgraph.world.Disambiguator;
import org.newsgraph.world.IdPolicy;
import org.newsgraph.world.Resolver;
import org.newsgraph.world.TitlePositions;
import org.newsgraph.world.WorldData;
import org.newsgraph.world.WorldDataLoader;
import org.newsgraph.world.WorldNames;
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
 * @param resolver   stage 4c: links to the open data
 * @param extractor  stage 5
 * @param bylines    the entities of the metadata's publisher and authors
 * @param links      Wikidata links accepted by {@code newsgraph link}, by entity id
 * @param world      the open data ({@code data/opendata/}), empty when the data folder has none
 * @param curatedLinks Wikidata ids the open data gives curated entities without one, by entity id
 */
public record Pipeline(Gazetteer gazetteer, Normalizer normalizer, SentenceSplitter splitter, Recognizer recognizer,
        PersonFinder persons, ShapeFinder shapes, Resolver resolver, FactExtractor extractor, Bylines bylines,
        Map<String, AcceptedLinks.Link> links, WorldData world, Map<String, CuratedLinks.Link> curatedLinks) {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /**
     * The pipeline described by a data folder: {@code gazetteer/*.csv} and the rule files of
     * {@code rules/} (normalisation, abbreviations, government cues and the extraction word lists), and
     * the open data of {@code opendata/} when there is such a folder.
     */
    public static Pipeline load(Path dataDir) {
        Pipeline pipeline = load(dataDir.resolve("gazetteer"), dataDir.resolve("rules"), dataDir.resolve("opendata"));
        Map<String, AcceptedLinks.Link> links = AcceptedLinks.read(dataDir.resolve("links").resolve("wikidata-links.csv"));
        return links.isEmpty() ? pipeline : pipeline.withLinks(links);
    }

    /** This pipeline with the Wikidata links {@code newsgraph link} accepted. */
    public Pipeline withLinks(Map<String, AcceptedLinks.Link> links) {
        return new Pipeline(gazetteer, normalizer, splitter, recognizer, persons, shapes, resolver, extractor, bylines,
                Map.copyOf(links), world, curatedLinks);
    }

    /** The pipeline of a gazetteer folder and a rules folder, without open data. */
    public static Pipeline load(Path gazetteerDir, Path rules) {
        return load(gazetteerDir, rules, null);
    }

    /** The pipeline of a gazetteer folder, a rules folder and an open-data folder (null or missing: none). */
    public static Pipeline load(Path gazetteerDir, Path rules, Path openData) {
        Gazetteer gazetteer = GazetteerLoader.load(gazetteerDir);
        Set<String> countries = gazetteer.entities().stream().filter(e -> e.kind() == Kind.COUNTRY).map(Entity::id)
                .collect(Collectors.toSet());
        Set<String> ids = gazetteer.entities().stream().map(Entity::id).collect(Collectors.toSet());
        // the open data loads on another core while this one reads the rules and builds the recogniser
        RuleFiles files = RuleFiles.open(rules);
        CompletableFuture<WorldData> loading = openData == null ? CompletableFuture.completedFuture(WorldData.EMPTY)
                : Background.start("newsgraph-load-opendata", () -> WorldDataLoader.load(openData, countries, ids,
                        IdPolicy.load(files.path("id-sources.csv"))));
        Lexicon lexicon = Lexicon.load(files);
        GazetteerRecognizer recognizer = new GazetteerRecognizer(gazetteer,
                GovernmentCues.load(files.path("government-cues.csv")),
                GazetteerRecognizer.spellings(files.path("name-spellings.csv")));
        WorldData world = Background.join(loading);
        TitlePositions titlePositions = world.isEmpty() ? TitlePositions.NONE
                : TitlePositions.load(files.path("title-positions.csv"));
        Disambiguator disambiguator = new Disambiguator(world, titlePositions);
        Set<String> prepositions = world.isEmpty() ? Set.of() : files.words("place-prepositions.csv");
        return new Pipeline(gazetteer,
                RuleNormalizer.load(files.path("normalization.csv")),
                RuleSentenceSplitter.load(files.path("abbreviations.csv")),
                recognizer,
                new PersonFinder(lexicon), new ShapeFinder(lexicon, gazetteer),
                new Resolver(world, disambiguator, new WorldNames(world, disambiguator, prepositions, lexicon.titles(),
                        lexicon.notNames()),
                        lexicon.titles()),
                new FactExtractor(lexicon), new Bylines(lexicon, gazetteer), Map.of(), world,
                CuratedLinks.of(gazetteer, world));
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
        List<Mention> withByline = new ArrayList<>(discovery.mentions());
        withByline.addAll(Bylines.inText(sentences, discovery.mentions(), byline));
        withByline.sort(java.util.Comparator.comparingInt(Mention::start));
        ShapeFinder.Result shapes = this.shapes.find(sentences, withByline, personKinds);
        shapes.found().forEach(f -> found.putIfAbsent(f.entity().id(), f));
        Resolver.Result linked = resolver.resolve(sentences, shapes.mentions(), found, kindsOf(found, gazetteerKinds),
                countriesOf(found), article.metadata().published());
        found.clear();
        found.putAll(linked.found());
        Function<String, Kind> kinds = kindsOf(found, gazetteerKinds);
        String publisher = byline.publisher();
        Function<String, String> countryOf = countriesOf(found);
        ArticleFacts facts = extractor.extract(new FactExtractor.Input(sentences, linked.mentions(), kinds, discovery,
                article.metadata().published(), publisher, countryOf, normalized.text()));
        return new AnnotatedArticle(article, normalized, sentences, linked.mentions(), List.copyOf(found.values()),
                facts, byline);
    }

    private static Function<String, Kind> kindsOf(Map<String, Found> found, Function<String, Kind> gazetteerKinds) {
        return id -> found.containsKey(id) ? found.get(id).entity().kind() : gazetteerKinds.apply(id);
    }

    private Function<String, String> countriesOf(Map<String, Found> found) {
        return id -> found.containsKey(id) ? found.get(id).entity().country()
                : gazetteer.get(id).map(Entity::country).orElse(null);
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
