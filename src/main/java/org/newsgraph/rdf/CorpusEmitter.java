package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Found;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.pipeline.AnnotatedArticle;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.recognize.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a set of articles into the whole dataset on one {@code StreamRDF}: each article's
 * graph, then the shared entities graph describing every entity mentioned (and the countries
 * those belong to) and every person found outside the gazetteer. The same stream may fill a TDB2 database, a file or an in-memory dataset.
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

    public CorpusEmitter(Iris iris, Pipeline pipeline) {
        this.iris = iris;
        this.pipeline = pipeline;
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

    /** Runs the pipeline over {@code articles} and sends every quad to {@code out}. */
    public Counts emit(List<Article> articles, StreamRDF out) {
        long[] quads = {0};
        StreamRDF counting = new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                quads[0]++;
                super.quad(quad);
            }
        };
        Prefixes.of(iris).forEach(counting::prefix);
        ArticleEmitter articleEmitter = new ArticleEmitter(iris);
        Set<String> mentioned = new LinkedHashSet<>();
        Map<String, Found> found = new LinkedHashMap<>();
        long mentions = 0;
        for (Article article : articles) {
            AnnotatedArticle annotated = pipeline.annotate(article);
            articleEmitter.emit(annotated, counting);
            mentions += annotated.mentions().size();
            annotated.mentions().stream().map(Mention::entityId).forEach(mentioned::add);
            annotated.found().forEach(f -> found.merge(f.entity().id(), f,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b));
            LOG.debug("{}: {} sentences, {} mentions", article.id(), annotated.sentences().size(),
                    annotated.mentions().size());
        }
        List<Found> unknown = found.values().stream().filter(f -> pipeline.gazetteer().get(f.entity().id()).isEmpty())
                .toList();
        unknown.forEach(f -> f.entity().countryIfKnown().ifPresent(mentioned::add));
        List<Entity> described = new ArrayList<>(described(pipeline.gazetteer(), mentioned));
        unknown.forEach(f -> described.add(f.entity()));
        described.replaceAll(this::linked);
        EntityEmitter entities = new EntityEmitter(iris);
        entities.emit(described, counting);
        entities.emitFound(unknown, counting);
        return new Counts(described.size(), mentions, quads[0]);
    }

    /** The entity with the Wikidata link {@code newsgraph link} accepted for it, when the gazetteer gives none. */
    private Entity linked(Entity e) {
        AcceptedLinks.Link link = e.wikidata() == null ? pipeline.links().get(e.id()) : null;
        return link == null ? e : new Entity(e.id(), e.kind(), e.label(), e.aliases(), e.demonyms(), e.metonyms(),
                e.country(), link.qid(), link.source(), e.coordinates());
    }

    /** The entities mentioned, and the countries they belong to, in gazetteer order. */
    private static List<Entity> described(Gazetteer gazetteer, Set<String> mentioned) {
        Set<String> ids = new LinkedHashSet<>(mentioned);
        for (String id : mentioned) {
            gazetteer.get(id).flatMap(Entity::countryIfKnown).ifPresent(ids::add);
        }
        return gazetteer.entities().stream().filter(e -> ids.contains(e.id())).toList();
    }
}
