package org.newsgraph.build;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.Background;
import org.newsgraph.validate.OntologyCheck;
import org.newsgraph.validate.ShapeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a build: its settings, the fingerprint of what it is made from, when it started, and
 * the converter and checks, loaded on first use and only when there is something to convert (a
 * build that finds nothing changed loads none of them).
 */
final class BuildContext {
    private static final Logger LOG = LoggerFactory.getLogger(BuildContext.class);

    private final BuildSettings settings;
    private final String fingerprint;
    private final long started;
    private ArticleConverter converter;
    private DatasetCheck check;

    BuildContext(BuildSettings settings, String fingerprint, long started) {
        this.settings = settings;
        this.fingerprint = fingerprint;
        this.started = started;
    }

    BuildSettings settings() {
        return settings;
    }

    String fingerprint() {
        return fingerprint;
    }

    long started() {
        return started;
    }

    /** Time since the build started. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The pipeline and the emitter, loaded on first use with the shapes and the ontology. */
    ArticleConverter converter() {
        load();
        return converter;
    }

    /** The shapes and the ontology, loaded on first use with the converter. */
    DatasetCheck check() {
        load();
        return check;
    }

    private void load() {
        if (converter == null) {
            report(BuildProgress.Phase.PREPARING);
            // The shapes and the ontology load on another core while this one reads the gazetteer.
            CompletableFuture<ShapeValidator> validator = Background.start("newsgraph-load-shapes",
                    () -> ShapeValidator.load(settings.shapes()));
            CompletableFuture<OntologyCheck> terms = Background.start("newsgraph-load-ontology",
                    () -> OntologyCheck.load(settings.ontology()));
            ArticleConverter loaded = ArticleConverter.load(settings.data(), settings.links(), settings.iris(),
                    settings.profile());
            check = new DatasetCheck(Background.join(validator), Background.join(terms), settings.validateAll());
            converter = loaded;
        }
    }

    /** Tells the progress listener the build entered {@code phase}. */
    void report(BuildProgress.Phase phase) {
        Duration elapsed = elapsed();
        LOG.debug("{} after {} ms", phase.text(), elapsed.toMillis());
        settings.progress().report(new BuildProgress.Progress(phase, 0, 0, 0, elapsed));
    }
}
