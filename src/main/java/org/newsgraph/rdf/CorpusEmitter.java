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
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.world.CuratedLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns annotated articles into the dataset's quads; it never runs the pipeline (the build's
 * converter annotates the articles and hands them here). Each article becomes the quads of its own
 * graph ({@link #article}, safe to call from many threads at once), and all of them together the
 * shared entities graph describing every entity mentioned (and the countries those belong to) and
 * every entity found outside the gazetteer ({@link Entities}), described from the
 * {@link EntitySources}. The quads go to any {@code StreamRDF}: a TDB2 database, a file or an
 * in-memory dataset.
 *
 * <pre>{@code
 * CorpusEmitter emitter = new CorpusEmitter(iris, sources);
 * CorpusEmitter.Entities entities = emitter.entities();
 * for (AnnotatedArticle a : annotated) {
 *     ArticleGraph g = emitter.article(a);
 *     g.quads().forEach(out::quad);
 *     entities.add(g);
 * }
 * entities.quads().forEach(out::quad);
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
    private final EntitySources sources;
    private final ArticleEmitter articleEmitter;

    /** The emitter of the full profile. */
    public CorpusEmitter(Iris iris, EntitySources sources) {
        this(iris, sources, GraphProfile.FULL);
    }

    /** The emitter of {@code profile} (see {@link GraphProfile}); the entities graph is the same in every profile. */
    public CorpusEmitter(Iris iris, EntitySources sources, GraphProfile profile) {
        this.iris = iris;
        this.sources = sources;
        this.articleEmitter = new ArticleEmitter(iris, profile);
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

    /** One annotated article's graph; thread-safe. */
    public ArticleGraph article(AnnotatedArticle annotated) {
        // a fact found twice in one article is one quad
        Set<Quad> quads = new LinkedHashSet<>();
        articleEmitter.emit(annotated, collector(quads));
        Set<String> mentioned = new TreeSet<>();
        annotated.mentions().stream().map(Mention::entityId).forEach(mentioned::add);
        // every gazetteer entity the graph refers to is described, also one no mention names: the
        // publisher that reports a count, an author from the metadata
        for (Quad q : quads) {
            for (Node node : new Node[] {q.getSubject(), q.getObject()}) {
                iris.entityId(node).filter(id -> sources.gazetteer().get(id).isPresent()).ifPresent(mentioned::add);
            }
        }
        String id = annotated.article().id();
        LOG.debug("{}: {} sentences, {} mentions", id, annotated.sentences().size(), annotated.mentions().size());
        return new ArticleGraph(id, annotated.article().digest(), List.copyOf(quads), annotated.mentions().size(),
                mentioned, annotated.found());
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
                    .filter(f -> sources.gazetteer().get(f.entity().id()).isEmpty()).toList();
            Set<String> ids = new LinkedHashSet<>(mentioned);
            unknown.forEach(f -> f.entity().countryIfKnown().ifPresent(ids::add));
            // the countries of the posts the open data knows for the linked people are described too
            for (String id : List.copyOf(ids)) {
                CuratedLinks.Link link = sources.gazetteer().get(id).isPresent() ? sources.curatedLinks().get(id) : null;
                if (link != null) {
                    sources.world().offices(link.entry().id()).forEach(o -> addCountry(ids, o.country()));
                }
            }
            unknown.stream().filter(f -> f.entity().wikidata() != null && f.entity().kind() == Kind.PERSON)
                    .forEach(f -> sources.world().offices(f.entity().id()).forEach(o -> addCountry(ids, o.country())));
            List<Entity> entities = new ArrayList<>(gazetteerEntities(sources.gazetteer(), ids));
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
                        emitter.emitOffices(f.entity().id(), sources.world().offices(f.entity().id()), sink);
                    }
                }
            }
            for (Entity e : entities) {
                CuratedLinks.Link link = sources.gazetteer().get(e.id()).isPresent() ? sources.curatedLinks().get(e.id())
                        : null;
                if (link != null && link.entry().qid().equals(e.wikidata())) {
                    emitter.emitLink(e.id(), link.evidence(), true, sink);
                    if (e.kind() == Kind.PERSON) {
                        emitter.emitOffices(e.id(), sources.world().offices(link.entry().id()), sink);
                    }
                }
            }
            described = entities.size();
            return List.copyOf(quads);
        }
    }

    private void addCountry(Set<String> ids, String country) {
        if (!country.isEmpty() && sources.gazetteer().get(country).isPresent()) {
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
        AcceptedLinks.Link link = sources.links().get(e.id());
        if (link != null) {
            return new Entity(e.id(), e.kind(), e.label(), e.aliases(), e.demonyms(), e.metonyms(),
                    e.country(), link.qid(), link.source(), e.coordinates());
        }
        CuratedLinks.Link open = sources.gazetteer().get(e.id()).isPresent() ? sources.curatedLinks().get(e.id()) : null;
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
