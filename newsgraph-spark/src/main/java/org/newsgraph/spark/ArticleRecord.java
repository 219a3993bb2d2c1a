package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Objects;
import org.newsgraph.build.BuildState;

/**
 * What a task keeps of one converted article once its quads are in a shard: its place in the
 * corpus, its id and its state (digest, counts, the entities it mentions and found), which is all
 * the entities graph and the next incremental build need.
 *
 * @param order     the article's place in the corpus: its partition in the high 32 bits, its place
 *                  there in the low ones
 * @param articleId the article's id
 * @param state     its state, as {@code newsgraph build} records it
 */
record ArticleRecord(long order, String articleId, BuildState.ArticleState state) implements Serializable {
    ArticleRecord {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(state, "state");
    }

    /** The order of the {@code index}th article of partition {@code partition}. */
    static long order(int partition, int index) {
        return ((long) partition << 32) | index;
    }
}
