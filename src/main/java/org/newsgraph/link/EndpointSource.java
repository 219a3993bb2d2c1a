package org.newsgraph.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.newsgraph.ConfigurationException;
import org.newsgraph.NetworkFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a Wikidata-compatible SPARQL endpoint, politely: with a User-Agent that names newsgraph (as
 * the Wikidata Query Service asks of every client), a timeout, and at most one request per
 * {@link #MIN_INTERVAL}, so a run over many entities never floods the service.
 *
 * <pre>{@code
 * AnswerSource wikidata = new EndpointSource(URI.create(EndpointSource.WIKIDATA));
 * }</pre>
 */
public final class EndpointSource implements AnswerSource {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointSource.class);

    /** The Wikidata Query Service. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** The User-Agent sent with every request. */
    public static final String USER_AGENT = "newsgraph-link/0.1 (https://w3id.org/newsgraph; "
            + "entity linking for a news knowledge graph) Apache-Jena/5";
    /** The least time between the starts of two requests: at most four requests per second. */
    public static final Duration MIN_INTERVAL = Duration.ofMillis(250);
    /** How long one query may take, connecting included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final HttpClient http;
    private final Clock clock;
    private long nextStart = System.nanoTime();

    /** Asks {@code endpoint}; answers are dated by the UTC clock. */
    public EndpointSource(URI endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    /** Asks {@code endpoint}; answers are dated by {@code clock}. */
    public EndpointSource(URI endpoint, Clock clock) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public synchronized Answer answer(CandidateQuery query) {
        pace();
        String text = query.text();
        LOG.debug("asking {} for {}", endpoint, query.describe());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(endpoint.toString()).query(text).httpClient(http)
                .httpHeader("User-Agent", USER_AGENT).acceptHeader("application/sparql-results+json")
                .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultSet results = exec.execSelect();
            ResultSetMgr.write(json, results, ResultSetLang.RS_JSON);
        } catch (HttpException | JenaException e) {
            throw failure(query, e);
        }
        JsonObject results = JSON.parse(json.toString(StandardCharsets.UTF_8));
        return new Answer(text, endpoint.toString(), LocalDate.now(clock), results);
    }

    /** Waits until the next request may start. */
    private void pace() {
        long wait = nextStart - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConfigurationException("interrupted while waiting to ask " + endpoint, e);
            }
        }
        nextStart = System.nanoTime() + MIN_INTERVAL.toNanos();
    }

    /**
     * One short line: the endpoint, the cause in a few words, and what to do. Jena's messages
     * hold the whole URL-encoded query, which is never shown.
     */
    private ConfigurationException failure(CandidateQuery query, RuntimeException e) {
        String offline = "or run with --offline to use only cached answers";
        if (hasCause(e, IOException.class)) {
            return new ConfigurationException("cannot reach " + endpoint + ": " + NetworkFailures.reason(e,
                    endpoint.getHost()) + ", asking for " + query.describe() + "; check the network and the URL, "
                    + offline, e);
        }
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode()
                : e instanceof HttpException h ? h.getStatusCode() : -1;
        String what = status >= 100 ? "HTTP " + status + statusText(e) : NetworkFailures.reason(e, endpoint.getHost());
        String fix = status == 429 || status >= 500 ? "try again later, " : "check the URL (a SPARQL endpoint, e.g. "
                + WIKIDATA + "), ";
        return new ConfigurationException("--endpoint " + endpoint + ": asking for " + query.describe() + " failed ("
                + what + "); " + fix + offline, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String statusText(RuntimeException e) {
        String text = e instanceof QueryExceptionHTTP q ? q.getResponseMessage() : null;
        return text == null || text.isBlank() || text.length() > 60 || text.contains("?") ? "" : " " + text.strip();
    }
}
