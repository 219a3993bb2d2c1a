package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.newsgraph.Background;
import org.newsgraph.article.Article;
import org.newsgraph.discover.Bylines;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.discover.ShapeFinder;
import org.newsgraph.facts.FactExtractor;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.RuleFiles;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.recognize.GazetteerRecognizer;
import org.newsgraph.recognize.GovernmentCues;
import org.newsgraph.text.LongSentences;
import org.newsgraph.text.Normalizer;
import org.newsgraph.text.RuleNormalizer;
import org.newsgraph.text.RuleSentenceSplitter;
import org.newsgraph.world.CuratedLinks;
import org.newsgraph.world.Disambiguator;
import org.newsgraph.world.IdPolicy;
import org.newsgraph.world.Predecessors;
import org.newsgraph.world.Resolver;
import org.newsgraph.world.TermTitles;
import org.newsgraph.world.TitlePositions;
import org.newsgraph.world.WorldData;
import org.newsgraph.world.WorldDataLoader;
import org.newsgraph.world.WorldNames;

/**
 * The stages in order ({@link Stages}, checked when built): normalise → split sentences (cutting
 * any over {@link LongSentences#MAX_CHARS} characters, each sentence tokenised once) → the roles of
 * lines by their layout (headline, bullets, sections) → recognise gazetteer entities → find unknown people → byline → find organisations, places and events by
 * their shape → resolve links to the open data → extract facts. Stateless once built, so one
 * pipeline serves any number of articles (and threads).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load(Path.of("data"));
 * AnnotatedArticle annotated = pipeline.annotate(article);
 * pipeline.stages().names();   // [normalise, split, layout, recognise, persons, byline, shapes, resolve, facts]
 * }</pre>
 *
 * @param gazetteer    the entities the recogniser knows
 * @param stages       the stages, in order
 * @param links        Wikidata links accepted by {@code newsgraph link}, by entity id
 * @param world        the open data ({@code data/opendata/}), empty when the data folder has none
 * @param curatedLinks Wikidata ids the open data gives curated entities without one, by entity id
 */
public record Pipeline(Gazetteer gazetteer, Stages stages, Map<String, AcceptedLinks.Link> links, WorldData world,
        Map<String, CuratedLinks.Link> curatedLinks) {

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
        return new Pipeline(gazetteer, stages, Map.copyOf(links), world, curatedLinks);
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
        EntityKinds kinds = new EntityKinds(gazetteer);
        Map<String, CuratedLinks.Link> curated = CuratedLinks.of(gazetteer, world);
        Stages stages = Stages.of(
                new NormalizeStage(RuleNormalizer.load(files.path("normalization.csv"))),
                new SplitStage(RuleSentenceSplitter.load(files.path("abbreviations.csv"))),
                new LayoutStage(),
                new RecognizeStage(recognizer),
                new PersonStage(new PersonFinder(lexicon), kinds),
                new BylineStage(new Bylines(lexicon, gazetteer)),
                new ShapeStage(new ShapeFinder(lexicon, gazetteer), kinds),
                new ResolveStage(new Resolver(world, disambiguator, new WorldNames(world, disambiguator, prepositions,
                        lexicon.titles(), lexicon.notNames()), lexicon.titles(),
                        world.isEmpty() ? Set.of() : files.words("small-place-words.csv")), kinds,
                        Predecessors.load(files.path("predecessor-states.csv"))),
                new FactStage(new FactExtractor(lexicon), kinds, new TermTitles(world, curated,
                        id -> gazetteer.get(id).map(Entity::label).orElse(null))));
        return new Pipeline(gazetteer, stages, Map.of(), world, curated);
    }

    /** Runs every stage over one article. */
    public AnnotatedArticle annotate(Article article) {
        return stages.annotate(article);
    }

    /** The normaliser of the first stage, for callers that only normalise. */
    public Normalizer normalizer() {
        return stages.find(NormalizeStage.class).normalizer();
    }
}
