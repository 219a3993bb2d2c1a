package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.newsgraph.NewsgraphException;
import org.newsgraph.article.Article;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.world.CuratedLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts articles into the dataset: each article into the quads of its own graph
 * ({@link #article}, safe to call from many threads at once), and all of them together into the
 * shared entities graph describing every entity mentioned (and the countries those belong to) and
 * every entity found outside the gazetteer ({@link Entities}). {@link #emit} does both for a list
 * of articles onto one {@code StreamRDF}, which may fill a TDB2 database, a file or an in-memory
 * dataset.
 *
 * <pre>{@code
 * DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
 * CorpusEmitter.Counts counts = new CorpusEmitter(iris, pipeline).emit(articles, StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class CorpusEmitter {
    static {
        // Jena must initialise before its vocabulary classes (RDF, OWL, SchemaDO) are first touched,
        // or their static fields can be read half-built when one of them is the first Jena class used.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(CorpusEmitter.class);

    private final Iris iris;
    private final Pipeline pipeline;
    private final ArticleEmitter articleEmitter;

    public CorpusEmitter(Iris iris, Pipeline pipeline) {
        this.iris = iris;
        this.pipeline = pipeline;
        this.articleEmitter = new ArticleEmitter(iris);
    }

    /**
     * What was emitted.
     *
     * @param entities entities described
     * @param mentions mentions found
     * @param quads    quads sent
     */
    public record Counts(int entities, long mentions, long quads) {
    }

    /** The prefixes of the dataset's files. */
    public Map<String, String> prefixes() {
        return Prefixes.of(iris);
    }

    /** Runs the pipeline over {@code articles} and sends every quad to {@code out}. */
    public Counts emit(List<Article> articles, StreamRDF out) {
        prefixes().forEach(out::prefix);
        Entities entities = entities();
        long quads = 0;
        for (Article article : articles) {
            ArticleGraph graph = article(article);
            graph.quads().forEach(out::quad);
            quads += graph.quads().size();
            entities.add(graph);
        }
        List<Quad> described = entities.quads();
        described.forEach(out::quad);
        return new Counts(entities.described(), entities.mentions(), quads + described.size());
    }

    /**
     * One article's graph; thread-safe. A stack overflow or lack of memory while converting it
     * is a {@link NewsgraphException} that names the article.
     */
    public ArticleGraph article(Article article) {
        try {
            return convert(article);
        } catch (StackOverflowError e) {
            throw new NewsgraphException(where(article) + ": converting the article overflowed the stack "
                    + "(StackOverflowError): a very long or deeply nested stretch of its text made a rule recurse too "
                    + "deeply; shorten or split the article (run with -v for the stack trace)", e);
        } catch (OutOfMemoryError e) {
            throw new NewsgraphException(where(article) + ": not enough memory to convert the article ("
                    + e.getMessage() + "); give Java more memory, e.g. java -Xmx4g -jar newsgraph.jar build ..., "
                    + "or split the article", e);
        }
    }

    /** "article \"b1\" (b.jsonl line 3)". */
    private static String where(Article article) {
        return "article \"" + article.id() + "\" (" + article.fileName().replaceFirst("#(\\d+)$", " line $1") + ")";
    }

    private ArticleGraph convert(Article article) {
        AnnotatedArticle annotated = pipeline.annotate(article);
        // a fact found twice in one article is one quad
        Set<Quad> quads = new LinkedHashSet<>();
        articleEmitter.emit(annotated, collector(quads));
        Set<String> mentioned = new TreeSet<>();
        annotated.mentions().stream().map(Mention::entityId).forEach(mentioned::add);
        // every gazetteer entity the graph refers to is described, also one no mention names: the
        // publisher that reports a count, an author from the metadata
        for (Quad q : quads) {
            for (Node node : new Node[] {q.getSubject(), q.getObject()}) {
                iris.entityId(node).filter(id -> pipeline.gazetteer().get(id).isPresent()).ifPresent(mentioned::add);
            }
        }
        LOG.debug("{}: {} sentences, {} mentions", article.id(), annotated.sentences().size(),
                annotated.mentions().size());
        return new ArticleGraph(article.id(), article.digest(), List.copyOf(quads), annotated.mentions().size(), mentioned,
                annotated.found());
    }

    /** An empty gathering of the entities graph. */
    public Entities entities() {
        return new Entities();
    }

    /**
     * The shared entities graph of a set of articles, gathered one article at a time in corpus
     * order (an entity found in several articles is described as found with the highest
     * confidence, the first on a tie). Holds what the entities graph needs, not the articles'
     * quads, so its size follows the number of entities, not of articles. Not thread-safe.
     */
    public final class Entities {
        private final Set<String> mentioned = new LinkedHashSet<>();
        private final Map<String, Found> found = new LinkedHashMap<>();
        private long mentions;
        private int described;

        private Entities() {
        }

        /** Adds what one article mentions and found. */
        public void add(ArticleGraph graph) {
            add(graph.mentions(), graph.mentioned(), graph.found());
        }

        /** Adds what one article mentions and found, as a build's state records it. */
        public void add(int mentionCount, Collection<String> mentionedIds, Collection<Found> foundEntities) {
            mentions += mentionCount;
            mentioned.addAll(mentionedIds);
            foundEntities.forEach(f -> found.merge(f.entity().id(), f, Found::stronger));
        }

        /** Mentions of the articles added. */
        public long mentions() {
            return mentions;
        }

        /** Entities the last {@link #quads()} described. */
        public int described() {
            return described;
        }

        /** The quads of the entities graph. */
        public List<Quad> quads() {
            List<Found> unknown = found.values().stream()
                    .filter(f -> pipeline.gazetteer().get(f.entity().id()).isEmpty()).toList();
            Set<String> ids = new LinkedHashSet<>(mentioned);
            unknown.forEach(f -> f.entity().countryIfKnown().ifPresent(ids::add));
            // the countries of the posts the open data knows for the linked people are described too
            for (String id : List.copyOf(ids)) {
                CuratedLinks.Link link = pipeline.gazetteer().get(id).isPresent() ? pipeline.curatedLinks().get(id) : null;
                if (link != null) {
                    pipeline.world().offices(link.entry().id()).forEach(o -> addCountry(ids, o.country()));
                }
            }
            unknown.stream().filter(f -> f.entity().wikidata() != null && f.entity().kind() == Kind.PERSON)
                    .forEach(f -> pipeline.world().offices(f.entity().id()).forEach(o -> addCountry(ids, o.country())));
            List<Entity> entities = new ArrayList<>(gazetteerEntities(pipeline.gazetteer(), ids));
            unknown.forEach(f -> entities.add(f.entity()));
            entities.replaceAll(CorpusEmitter.this::linked);
            Set<Quad> quads = new LinkedHashSet<>();
            StreamRDF sink = collector(quads);
            EntityEmitter emitter = new EntityEmitter(iris);
            emitter.emit(entities, sink);
            emitter.emitFound(unknown, sink);
            for (Found f : unknown) {
                if (f.link() != null) {
                    boolean linked = f.entity().wikidata() != null;
                    emitter.emitLink(f.entity().id(), f.link(), linked, sink);
                    if (linked && f.entity().kind() == Kind.PERSON) {
                        emitter.emitOffices(f.entity().id(), pipeline.world().offices(f.entity().id()), sink);
                    }
                }
            }
            for (Entity e : entities) {
                CuratedLinks.Link link = pipeline.gazetteer().get(e.id()).isPresent() ? pipeline.curatedLinks().get(e.id())
                        : null;
                if (link != null && link.entry().qid().equals(e.wikidata())) {
                    emitter.emitLink(e.id(), link.evidence(), true, sink);
                    if (e.kind() == Kind.PERSON) {
                        emitter.emitOffices(e.id(), pipeline.world().offices(link.entry().id()), sink);
                    }
                }
            }
            described = entities.size();
            return List.copyOf(quads);
        }
    }

    private void addCountry(Set<String> ids, String country) {
        if (!country.isEmpty() && pipeline.gazetteer().get(country).isPresent()) {
            ids.add(country);
        }
    }

    /** A stream that keeps the quads it is sent, once each. */
    private static StreamRDF collector(Set<Quad> quads) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
    }

    /**
     * The entity with the Wikidata link {@code newsgraph link} accepted for it, when the gazetteer gives none;
     * otherwise with the id the open data gives a curated entity.
     */
    private Entity linked(Entity e) {
        if (e.wikidata() != null) {
            return e;
        }
        AcceptedLinks.Link link = pipeline.links().get(e.id());
        if (link != null) {
            return new Entity(e.id(), e.kind(), e.label(), e.aliases(), e.demonyms(), e.metonyms(),
                    e.country(), link.qid(), link.source(), e.coordinates());
        }
        CuratedLinks.Link open = pipeline.gazetteer().get(e.id()).isPresent() ? pipeline.curatedLinks().get(e.id()) : null;
        return open == null ? e : new Entity(e.id(), e.kind(), e.label(), e.aliases(), e.demonyms(), e.metonyms(),
                e.country(), open.entry().qid(), open.evidence().source(),
                e.coordinates() != null ? e.coordinates() : open.entry().entity().coordinates());
    }

    /** The entities mentioned, and the countries they belong to, in gazetteer order. */
    private static List<Entity> gazetteerEntities(Gazetteer gazetteer, Set<String> mentioned) {
        Set<String> ids = new LinkedHashSet<>(mentioned);
        for (String id : mentioned) {
            gazetteer.get(id).flatMap(Entity::countryIfKnown).ifPresent(ids::add);
        }
        return gazetteer.entities().stream().filter(e -> ids.contains(e.id())).toList();
    }
}
