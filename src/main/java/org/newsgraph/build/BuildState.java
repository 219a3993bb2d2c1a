package org.newsgraph.build;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.StoreException;
import org.newsgraph.gazetteer.Coordinates;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.model.Found;
import org.newsgraph.rdf.ArticleGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a build remembers of each article, so that the next build converts only the articles that
 * changed: the article's digest, its number of quads and mentions, the entities it mentions and
 * the entities it found outside the gazetteer (all the shared entities graph needs), plus the
 * fingerprint of the data, rules and code the build used. Kept as {@code state.csv} in the build
 * folder; a state that cannot be read just means a full build.
 *
 * <pre>{@code
 * BuildState.Writer w = BuildState.writer(file, fingerprint);
 * w.add(graph);
 * w.close();
 * Optional<BuildState> previous = BuildState.read(file);
 * }</pre>
 *
 * @param fingerprint the {@link BuildFingerprint} of the build
 * @param articles    each article's state, by id, in corpus order
 */
public record BuildState(String fingerprint, Map<String, ArticleState> articles) {
    private static final Logger LOG = LoggerFactory.getLogger(BuildState.class);
    private static final String[] HEADER = {"record", "article", "digest", "quads", "mentions", "mentioned", "id", "kind",
        "label", "aliases", "demonyms", "metonyms", "country", "rule", "confidence", "wikidata", "wikidata_source", "lat",
        "lon", "link_rule", "link_score", "id_quality", "candidates", "link_reason"};
    private static final String SEPARATOR = " | ";

    /**
     * One article as the build left it.
     *
     * @param digest    {@link org.newsgraph.article.Article#digest()}
     * @param quads     quads of its graph
     * @param mentions  mentions in it
     * @param mentioned ids of the entities it mentions
     * @param found     entities it found outside the gazetteer
     */
    public record ArticleState(String digest, long quads, int mentions, List<String> mentioned, List<Found> found)
            implements Serializable {
        public ArticleState {
            mentioned = List.copyOf(mentioned);
            found = List.copyOf(found);
        }

        /** The state of a converted article. */
        public static ArticleState of(ArticleGraph graph) {
            return new ArticleState(graph.digest(), graph.quads().size(), graph.mentions(),
                    List.copyOf(graph.mentioned()), graph.found());
        }
    }

    /** The state in {@code file}, or empty when there is none or it cannot be read (then the build is full). */
    public static Optional<BuildState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> strings = new HashMap<>();
        Map<String, ArticleState> articles = new LinkedHashMap<>();
        String fingerprint = null;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            String article = null;
            List<Found> found = new ArrayList<>();
            String[] row = null;
            for (CSVRecord r : csv) {
                switch (r.get("record")) {
                    case "fingerprint" -> fingerprint = r.get("digest");
                    case "article" -> {
                        if (article != null) {
                            articles.put(article, state(row, found, strings));
                        }
                        article = r.get("article");
                        row = r.values();
                        found = new ArrayList<>();
                    }
                    case "found" -> found.add(found(r, strings));
                    default -> throw new IllegalArgumentException("unknown record " + r.get("record"));
                }
            }
            if (article != null) {
                articles.put(article, state(row, found, strings));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: the previous build's state cannot be read ({}); building everything anew", file,
                    e.getMessage());
            return Optional.empty();
        }
        return fingerprint == null ? Optional.empty() : Optional.of(new BuildState(fingerprint, articles));
    }

    private static ArticleState state(String[] row, List<Found> found, Map<String, String> strings) {
        List<String> mentioned = row[5].isEmpty() ? List.of()
                : Arrays.stream(row[5].split(" ")).map(s -> strings.computeIfAbsent(s, k -> k)).toList();
        return new ArticleState(row[2], Long.parseLong(row[3]), Integer.parseInt(row[4]), mentioned, found);
    }

    private static Found found(CSVRecord r, Map<String, String> strings) {
        Kind kind = Kind.parse(r.get("kind")).orElseThrow(() -> new IllegalArgumentException("kind " + r.get("kind")));
        String country = r.get("country");
        String qid = r.get("wikidata");
        Coordinates at = r.get("lat").isEmpty() ? null
                : new Coordinates(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")));
        Entity e = new Entity(strings.computeIfAbsent(r.get("id"), k -> k), kind, r.get("label"), list(r.get("aliases")),
                list(r.get("demonyms")), list(r.get("metonyms")), country.isEmpty() ? null : country,
                qid.isEmpty() ? null : qid, qid.isEmpty() ? null : r.get("wikidata_source"), at);
        LinkEvidence link = r.get("link_rule").isEmpty() ? null : new LinkEvidence(r.get("link_rule"),
                Double.parseDouble(r.get("link_score")), IdQuality.parse(r.get("id_quality")).orElseThrow(),
                r.get("wikidata_source").isEmpty() ? "open data" : r.get("wikidata_source"), list(r.get("candidates")),
                r.get("link_reason"));
        return new Found(e, r.get("rule"), Double.parseDouble(r.get("confidence")), link);
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(" \\| ", -1));
    }

    /** A writer of a new state file. */
    public static Writer writer(Path file, String fingerprint) {
        return new Writer(file, fingerprint);
    }

    /** Writes a state file one article at a time, in corpus order. */
    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final java.io.Writer out;
        private final CSVPrinter csv;

        private Writer(Path file, String fingerprint) {
            this.file = file;
            try {
                this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                this.csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(HEADER).get().print(out);
                csv.printRecord((Object[]) row("fingerprint", "", fingerprint));
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Adds one article. */
        public void add(String articleId, ArticleState state) {
            try {
                String[] article = row("article", articleId, state.digest());
                article[3] = Long.toString(state.quads());
                article[4] = Integer.toString(state.mentions());
                article[5] = String.join(" ", state.mentioned());
                csv.printRecord((Object[]) article);
                for (Found f : state.found()) {
                    Entity e = f.entity();
                    String[] row = row("found", articleId, "");
                    row[6] = e.id();
                    row[7] = e.kind().label();
                    row[8] = e.label();
                    row[9] = String.join(SEPARATOR, e.aliases());
                    row[10] = String.join(SEPARATOR, e.demonyms());
                    row[11] = String.join(SEPARATOR, e.metonyms());
                    row[12] = e.country() == null ? "" : e.country();
                    row[13] = f.rule();
                    row[14] = Double.toString(f.confidence());
                    row[15] = e.wikidata() == null ? "" : e.wikidata();
                    row[16] = e.wikidata() != null ? e.source() : f.link() == null ? "" : f.link().source();
                    if (e.coordinates() != null) {
                        row[17] = Double.toString(e.coordinates().lat());
                        row[18] = Double.toString(e.coordinates().lon());
                    }
                    if (f.link() != null) {
                        row[19] = f.link().rule();
                        row[20] = Double.toString(f.link().score());
                        row[21] = f.link().quality().label();
                        row[22] = String.join(SEPARATOR, f.link().competitors());
                        row[23] = f.link().reason();
                    }
                    csv.printRecord((Object[]) row);
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private static String[] row(String record, String article, String digest) {
            String[] row = new String[HEADER.length];
            Arrays.fill(row, "");
            row[0] = record;
            row[1] = article;
            row[2] = digest;
            return row;
        }

        private StoreException failed(IOException e) {
            return new StoreException(file + ": cannot write the build state (" + e.getMessage() + ")", e);
        }

        @Override
        public void close() {
            try {
                csv.close(true);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }
}
