package org.newsgraph.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;

/**
 * The conversion stage of a build: every article of a folder through the pipeline and the emitter
 * on every core, handed on in corpus order, then the entities graph. A full build hands each
 * article's quads straight to the database's bulk loader ({@link StreamLoad}) and, when it writes
 * dumps, to the {@link DumpWriter}'s thread, with validation and the build's state; the benchmark
 * runs it alone into N-Quads ({@link #writeNQuads}) and measures it against the cost of parsing and
 * writing the same N-Quads.
 *
 * <pre>{@code
 * ArticleConverter converter = ArticleConverter.load(data, links, new Iris(Iris.DEFAULT_BASE));
 * long quads = new Conversion(converter, Path.of("articles"), 4).writeNQuads(Path.of("corpus.nq"));
 * }</pre>
 */
public final class Conversion {
    private final ArticleConverter converter;
    private final Path articles;
    private final ArticleLoader.Options reading;
    private final int threads;

    /** The conversion of the UTF-8 articles of {@code articles} on {@code threads} threads. */
    public Conversion(ArticleConverter converter, Path articles, int threads) {
        this(converter, articles, new ArticleLoader.Options(StandardCharsets.UTF_8, false), threads);
    }

    Conversion(ArticleConverter converter, Path articles, ArticleLoader.Options reading, int threads) {
        this.converter = converter;
        this.articles = articles;
        this.reading = reading;
        this.threads = threads;
    }

    /** What converting a whole corpus gave. */
    record Totals(long articles, int entities, long mentions, long quads) {
    }

    /** An article and its place in the corpus. */
    private record Numbered(long index, Article article) {
    }

    /** One article converted on a worker thread: the article, its graph, and its N-Quads when the dump wants them. */
    private record Converted(Article article, ArticleGraph graph, byte[] nquads) {
    }

    /**
     * Converts every article into {@code nquads}, then the entities graph, without validation.
     *
     * @return the quads written
     */
    public long writeNQuads(Path nquads) {
        try (DumpWriter dumps = DumpWriter.start(nquads, null, converter.emitter().prefixes())) {
            return convertAll(null, dumps, null, null, new ConversionMeter(articles, BuildProgress.NONE,
                    System.nanoTime())).quads();
        }
    }

    /**
     * Converts every article, on every core, and hands each article's quads in corpus order to
     * {@code load} (when given) and to {@code dumps} (when given), then the entities graph; records
     * each article's state in {@code state} when given; validates when {@code check} is given. Runs
     * the loader's stream on the calling thread, as it must be.
     */
    Totals convertAll(StreamLoad load, DumpWriter dumps, BuildState.Writer state, DatasetCheck check,
            ConversionMeter meter) {
        long[] counts = new long[2];
        CorpusEmitter emitter = converter.emitter();
        CorpusEmitter.Entities entities = emitter.entities();
        boolean serialise = dumps != null;
        meter.start();
        try (OrderedParallel<Numbered, Converted> parallel = new OrderedParallel<>(threads,
                item -> convert(item, check, serialise), c -> {
                    List<Quad> quads = c.graph().quads();
                    if (load != null) {
                        load.add(quads);
                    }
                    if (dumps != null) {
                        dumps.add(quads, c.nquads());
                    }
                    entities.add(c.graph());
                    if (state != null) {
                        state.add(c.graph().articleId(), BuildState.ArticleState.of(c.graph()));
                    }
                    counts[0]++;
                    counts[1] += quads.size();
                    meter.converted(c.article());
                })) {
            long[] index = {0};
            ArticleLoader.forEach(articles, reading, a -> parallel.submit(new Numbered(index[0]++, a)));
            parallel.finish();
        }
        List<Quad> described = entities.quads();
        if (check != null) {
            check.validate(List.of(), described);
        }
        if (load != null) {
            load.add(described);
        }
        if (dumps != null) {
            dumps.add(described, null);
        }
        counts[1] += described.size();
        return new Totals(counts[0], entities.described(), entities.mentions(), counts[1]);
    }

    /** The graphs of {@code changed}, converted on every core, in order, without validation. */
    List<ArticleGraph> convertEach(List<Article> changed) {
        List<ArticleGraph> graphs = new ArrayList<>();
        try (OrderedParallel<Article, ArticleGraph> parallel = new OrderedParallel<>(threads, converter::convert,
                graphs::add)) {
            changed.forEach(parallel::submit);
            parallel.finish();
        }
        return graphs;
    }

    /**
     * Converts one article on a worker thread, and validates its graph with the descriptions of
     * the entities it mentions when {@link DatasetCheck#validated} says so; writes its N-Quads
     * here, on every core, when {@code serialise}.
     */
    private Converted convert(Numbered item, DatasetCheck check, boolean serialise) {
        ArticleGraph graph = converter.convert(item.article());
        if (check != null && check.validated(item.index())) {
            CorpusEmitter.Entities entities = converter.emitter().entities();
            entities.add(graph);
            check.validate(List.of(graph), entities.quads());
        }
        return new Converted(item.article(), graph, serialise ? DumpWriter.nquads(graph.quads()) : null);
    }
}
