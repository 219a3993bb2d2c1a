package org.newsgraph.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.StoreException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CorpusEmitter;

/**
 * The conversion stage of a build: every article of a folder through the pipeline and the emitter
 * on every core, streamed in corpus order into N-Quads (and TriG), so memory does not grow with the
 * corpus, then the entities graph. A full build runs it with validation and the build's state; the
 * benchmark runs it alone ({@link #writeNQuads}) and measures it against the cost of parsing and
 * writing the same N-Quads.
 *
 * <pre>{@code
 * ArticleConverter converter = ArticleConverter.load(data, links, new Iris(Iris.DEFAULT_BASE));
 * long quads = new Conversion(converter, Path.of("articles"), 4).writeNQuads(Path.of("corpus.nq"));
 * }</pre>
 */
public final class Conversion {
    /** Quads from which a build loads the database with Jena's bulk loader. */
    static final long BULK_LOAD_FROM = 200_000;

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

    /**
     * What converting a whole corpus gave; {@code kept} holds every quad while there are fewer
     * than {@link #BULK_LOAD_FROM}, so that a small build loads them without parsing its dump
     * again, and is {@code null} beyond.
     */
    record Totals(long articles, int entities, long mentions, long quads, List<Quad> kept) {
    }

    /** An article and its place in the corpus. */
    private record Numbered(long index, Article article) {
    }

    /** One article converted on a worker thread: the article, its graph, and its graph as N-Quads. */
    private record Converted(Article article, ArticleGraph graph, byte[] nquads) {
    }

    /**
     * Converts every article into {@code nquads}, then the entities graph, without validation.
     *
     * @return the quads written
     */
    public long writeNQuads(Path nquads) {
        try {
            return convertAll(nquads, null, null, null, new ConversionMeter(articles, BuildProgress.NONE,
                    System.nanoTime())).quads();
        } catch (IOException e) {
            throw new StoreException(nquads + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Converts every article, on every core, into N-Quads (and TriG when {@code trigFile} is
     * given), streamed in corpus order, then the entities graph; records each article's state in
     * {@code state} when given; validates when {@code check} is given.
     */
    Totals convertAll(Path nquads, Path trigFile, BuildState.Writer state, DatasetCheck check, ConversionMeter meter)
            throws IOException {
        long[] counts = new long[2];
        List<Quad> kept = new ArrayList<>();
        CorpusEmitter emitter = converter.emitter();
        CorpusEmitter.Entities entities = emitter.entities();
        meter.start();
        try (OutputStream nq = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16);
                OutputStream trigOut = trigFile != null
                        ? new BufferedOutputStream(Files.newOutputStream(trigFile), 1 << 16)
                        : OutputStream.nullOutputStream()) {
            StreamRDF trig = trigFile != null ? StreamRDFWriter.getWriterStream(trigOut, RDFFormat.TRIG_BLOCKS)
                    : StreamRDFLib.sinkNull();
            trig.start();
            emitter.prefixes().forEach(trig::prefix);
            try (OrderedParallel<Numbered, Converted> parallel = new OrderedParallel<>(threads,
                    item -> convert(item, check), c -> {
                        write(nq, c.nquads(), nquads);
                        c.graph().quads().forEach(trig::quad);
                        entities.add(c.graph());
                        if (state != null) {
                            state.add(c.graph().articleId(), BuildState.ArticleState.of(c.graph()));
                        }
                        counts[0]++;
                        counts[1] += c.graph().quads().size();
                        keep(kept, c.graph().quads(), counts[1]);
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
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(bytes, described.iterator());
            write(nq, bytes.toByteArray(), nquads);
            described.forEach(trig::quad);
            trig.finish();
            counts[1] += described.size();
            keep(kept, described, counts[1]);
        }
        return new Totals(counts[0], entities.described(), entities.mentions(), counts[1],
                counts[1] < BULK_LOAD_FROM ? kept : null);
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
     * the entities it mentions when {@link DatasetCheck#validated} says so.
     */
    private Converted convert(Numbered item, DatasetCheck check) {
        ArticleGraph graph = converter.convert(item.article());
        if (check != null && check.validated(item.index())) {
            CorpusEmitter.Entities entities = converter.emitter().entities();
            entities.add(graph);
            check.validate(List.of(graph), entities.quads());
        }
        ByteArrayOutputStream nq = new ByteArrayOutputStream(graph.quads().size() * 160);
        RDFDataMgr.writeQuads(nq, graph.quads().iterator());
        return new Converted(item.article(), graph, nq.toByteArray());
    }

    /** Keeps the quads of a small build in memory, and lets go of them once the build is not small. */
    private static void keep(List<Quad> kept, List<Quad> quads, long total) {
        if (total < BULK_LOAD_FROM) {
            kept.addAll(quads);
        } else if (!kept.isEmpty()) {
            kept.clear();
        }
    }

    private static void write(OutputStream out, byte[] bytes, Path file) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the dump (" + e.getMessage() + ")", e);
        }
    }
}
