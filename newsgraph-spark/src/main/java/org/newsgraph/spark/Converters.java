package org.newsgraph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.build.ArticleConverter;

/**
 * The converters of this JVM, one per {@link JobSettings}, each loaded once: an executor runs many
 * tasks, one after the other and side by side, and loading the gazetteer, rules and open data
 * (about two seconds) once per task would cost more than converting its articles.
 */
final class Converters {
    private static final Map<JobSettings, ArticleConverter> LOADED = new ConcurrentHashMap<>();

    private Converters() {
    }

    /** The converter of {@code settings}, loaded on the first call in this JVM. */
    static ArticleConverter of(JobSettings settings) {
        JenaNoise.silence();
        return LOADED.computeIfAbsent(settings, JobSettings::load);
    }
}
