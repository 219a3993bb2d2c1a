package org.newsgraph.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up entities in a Wikidata-compatible SPARQL endpoint through the answer cache, scores their
 * candidates ({@link CandidateScorer}) and returns one row per candidate.
 *
 * <pre>{@code
 * Linker linker = Linker.builder().endpoint(URI.create(EndpointSource.WIKIDATA)).threshold(0.8)
 *         .cache(Path.of("data/links/cache")).offline(false).build();
 * LinkSummary summary = linker.link(UnlinkedEntityLoader.load(store.dataset()));
 * }</pre>
 */
public final class Linker {
    private static final Logger LOG = LoggerFactory.getLogger(Linker.class);

    /** Default least score of an accepted link. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /** Default cache folder. */
    public static final String DEFAULT_CACHE = "data/links/cache";
    /** Default links file. */
    public static final String DEFAULT_LINKS = "data/links/wikidata-links.csv";

    private final URI endpoint;
    private final CandidateScorer scorer;
    private final Path cache;
    private final boolean offline;

    private Linker(Builder b) {
        this.endpoint = b.endpoint;
        this.scorer = new CandidateScorer(b.threshold);
        this.cache = b.cache;
        this.offline = b.offline;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Looks up every entity, in the given order. */
    public LinkSummary link(List<UnlinkedEntity> entities) {
        AnswerCache answers = new AnswerCache(cache, offline ? null : new EndpointSource(endpoint));
        List<LinkRow> rows = new ArrayList<>();
        int accepted = 0;
        for (UnlinkedEntity entity : entities) {
            CandidateQuery query = new CandidateQuery(entity.kind(), entity.label());
            Answer answer = answers.answer(query);
            List<CandidateScorer.Scored> scored = scorer.score(entity, query.candidates(answer));
            for (CandidateScorer.Scored s : scored) {
                Candidate c = s.candidate();
                rows.add(new LinkRow(entity.id(), entity.label(), entity.kind(), c.qid(), c.label(), s.score(),
                        s.accepted(), answer.fetched(), answer.endpoint()));
                if (s.accepted()) {
                    accepted++;
                    LOG.debug("{} is {} (score {})", entity.id(), c.qid(), s.score());
                }
            }
        }
        return new LinkSummary(rows, entities.size(), rows.size(), accepted, answers.hits(), answers.fetched());
    }

    /** Options of a link run; {@link #build()} checks them. */
    public static final class Builder {
        private URI endpoint = URI.create(EndpointSource.WIKIDATA);
        private double threshold = DEFAULT_THRESHOLD;
        private Path cache = Path.of(DEFAULT_CACHE);
        private boolean offline;

        private Builder() {
        }

        /** The SPARQL endpoint (default the Wikidata Query Service). */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** The least score of an accepted link, above 0 and at most 1 (default 0.8). */
        public Builder threshold(double threshold) {
            this.threshold = threshold;
            return this;
        }

        /** The cache folder (default {@code data/links/cache}). */
        public Builder cache(Path cache) {
            this.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        /** Use cached answers only, never the network. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** Checks the options and returns this builder, for checking before any work. */
        public Builder validate() {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new ConfigurationException("--threshold " + threshold + ": a score threshold is above 0 and "
                        + "at most 1; use e.g. 0.8");
            }
            String scheme = endpoint.getScheme();
            if (!endpoint.isAbsolute() || endpoint.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new ConfigurationException("--endpoint " + endpoint + ": not an http or https URL of a SPARQL "
                        + "endpoint; use e.g. " + EndpointSource.WIKIDATA);
            }
            return this;
        }

        public Linker build() {
            validate();
            return new Linker(this);
        }
    }
}
