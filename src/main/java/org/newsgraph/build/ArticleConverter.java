package org.newsgraph.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.NewsgraphException;
import org.newsgraph.article.Article;
import org.newsgraph.gazetteer.AcceptedLinks;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;
import org.newsgraph.rdf.EntitySources;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;

/**
 * Converts articles into RDF: runs the pipeline over each article, then hands the annotated
 * article to the {@link CorpusEmitter}, which turns it into quads. {@link #convert} is safe to call
 * from many threads at once; {@link #emit} converts a list of articles and then describes their
 * entities onto one {@code StreamRDF}.
 *
 * <pre>{@code
 * ArticleConverter converter = ArticleConverter.of(new Iris(Iris.DEFAULT_BASE), Pipeline.load(Path.of("data")));
 * DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
 * converter.emit(ArticleLoader.load(Path.of("data/articles")), StreamRDFLib.dataset(dsg));
 * }</pre>
 */
public final class ArticleConverter {
    private final Pipeline pipeline;
    private final CorpusEmitter emitter;

    private ArticleConverter(Pipeline pipeline, CorpusEmitter emitter) {
        this.pipeline = pipeline;
        this.emitter = emitter;
    }

    /** The converter of {@code pipeline}, whose gazetteer, open data and links describe the entities. */
    public static ArticleConverter of(Iris iris, Pipeline pipeline) {
        return of(iris, pipeline, GraphProfile.FULL);
    }

    /** The same, writing the graph of {@code profile}. */
    public static ArticleConverter of(Iris iris, Pipeline pipeline, GraphProfile profile) {
        EntitySources sources = new EntitySources(pipeline.gazetteer(), pipeline.world(), pipeline.curatedLinks(),
                pipeline.links());
        return new ArticleConverter(pipeline, new CorpusEmitter(iris, sources, profile));
    }

    /**
     * The converter of a data folder ({@code gazetteer/}, {@code rules/}, {@code opendata/}) with
     * the Wikidata links of {@code links} (a missing file means none), as a build loads it.
     */
    public static ArticleConverter load(Path data, Path links, Iris iris) {
        return load(data, links, iris, GraphProfile.FULL);
    }

    /** The same, writing the graph of {@code profile}. */
    public static ArticleConverter load(Path data, Path links, Iris iris, GraphProfile profile) {
        Map<String, AcceptedLinks.Link> accepted = AcceptedLinks.read(links);
        Pipeline pipeline = Pipeline.load(data.resolve("gazetteer"), data.resolve("rules"), data.resolve("opendata"))
                .withLinks(accepted);
        return of(iris, pipeline, profile);
    }

    /** The emitter that turns annotated articles into quads and gathers the entities graph. */
    public CorpusEmitter emitter() {
        return emitter;
    }

    /**
     * One article's graph; thread-safe. A stack overflow or lack of memory while converting it
     * is a {@link NewsgraphException} that names the article.
     */
    public ArticleGraph convert(Article article) {
        try {
            return emitter.article(pipeline.annotate(article));
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

    /**
     * Converts {@code articles} one at a time, in order, and sends every quad to {@code out}: the
     * prefixes, each article's graph, then the entities graph.
     */
    public CorpusEmitter.Counts emit(List<Article> articles, StreamRDF out) {
        emitter.prefixes().forEach(out::prefix);
        CorpusEmitter.Entities entities = emitter.entities();
        long quads = 0;
        for (Article article : articles) {
            ArticleGraph graph = convert(article);
            graph.quads().forEach(out::quad);
            quads += graph.quads().size();
            entities.add(graph);
        }
        List<Quad> described = entities.quads();
        described.forEach(out::quad);
        return new CorpusEmitter.Counts(entities.described(), entities.mentions(), quads + described.size());
    }
}
