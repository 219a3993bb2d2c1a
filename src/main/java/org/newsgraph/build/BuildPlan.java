package org.newsgraph.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What changed since the previous build, when an incremental build can follow it: the state of
 * every article of the next build (that of the previous build for an article whose digest is the
 * same, {@code null} for one to convert), the new and changed articles, and the ids of the removed
 * ones. There is no plan (a full build is the way) when the previous build left no state, was made
 * from other data, rules or code, or when more than half of the articles changed.
 *
 * <pre>{@code
 * Optional<BuildPlan> plan = BuildPlan.of(stateFile, fingerprint, articlesDir, options);
 * plan.ifPresent(p -> System.out.println(p.changed().size() + " to convert"));
 * }</pre>
 *
 * @param next    the state of each article of the next build, in corpus order
 * @param changed the new and changed articles, to convert
 * @param removed the ids of the articles the previous build had and this one has not
 */
record BuildPlan(Map<String, BuildState.ArticleState> next, List<Article> changed, List<String> removed) {
    private static final Logger LOG = LoggerFactory.getLogger(BuildPlan.class);

    /** Whether the dataset in use already holds every article as it is. */
    boolean nothingChanged() {
        return changed.isEmpty() && removed.isEmpty();
    }

    /**
     * The plan of an incremental build after the build whose state is {@code stateFile}, or empty
     * when a full build is the way.
     */
    static Optional<BuildPlan> of(Path stateFile, String fingerprint, Path articles, ArticleLoader.Options reading) {
        BuildState previous = BuildState.read(stateFile).orElse(null);
        if (previous == null || !previous.fingerprint().equals(fingerprint)) {
            LOG.info("building everything: {}", previous == null ? "the previous build left no state"
                    : "the data, rules, shapes, ontology, base IRI or newsgraph itself changed");
            return Optional.empty();
        }
        Map<String, BuildState.ArticleState> next = new LinkedHashMap<>();
        List<Article> changed = new ArrayList<>();
        int limit = Math.max(1, previous.articles().size() / 2);
        boolean[] tooMany = {false};
        ArticleLoader.forEach(articles, reading, article -> {
            BuildState.ArticleState before = previous.articles().get(article.id());
            if (before != null && before.digest().equals(article.digest())) {
                next.put(article.id(), before);
            } else if (!tooMany[0]) {
                next.put(article.id(), null);
                changed.add(article);
                tooMany[0] = changed.size() > limit;
            }
        });
        List<String> removed = previous.articles().keySet().stream().filter(id -> !next.containsKey(id)).toList();
        if (tooMany[0] || removed.size() + changed.size() > limit) {
            LOG.info("building everything: more than half of the articles changed");
            return Optional.empty();
        }
        return Optional.of(new BuildPlan(next, changed, removed));
    }
}
