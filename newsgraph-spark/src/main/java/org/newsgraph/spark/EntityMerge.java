package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.model.Found;
import org.newsgraph.rdf.CorpusEmitter;
import scala.Tuple2;

/**
 * The entities graph of the whole corpus, merged by key as {@code newsgraph build} merges it
 * article by article: an entity found outside the gazetteer in several articles is described as
 * found with the strongest evidence ({@link Found#stronger}: linked before unlinked, then the
 * highest confidence, the first article in corpus order on a tie), reduced by entity id on the
 * executors ({@code reduceByKey}); the entities mentioned are gathered once each ({@code distinct}).
 * The driver receives one row per distinct entity, never the articles, and describes them with
 * the product's own {@link CorpusEmitter.Entities}.
 *
 * <pre>{@code
 * List<Quad> quads = EntityMerge.describe(records, converter.emitter()).quads();
 * }</pre>
 */
final class EntityMerge {
    private EntityMerge() {
    }

    /**
     * An entity found in the article at {@code order} of the corpus.
     *
     * @param order the article's place in the corpus, see {@link ArticleRecord#order}
     * @param found the entity as found there
     */
    record Ranked(long order, Found found) implements Serializable {
        /** The stronger of two finds, the earlier on a tie, as the build's merge in corpus order keeps it. */
        static Ranked stronger(Ranked a, Ranked b) {
            Ranked first = a.order() <= b.order() ? a : b;
            Ranked second = first == a ? b : a;
            return Found.stronger(first.found(), second.found()) == first.found() ? first : second;
        }
    }

    /**
     * The entities graph.
     *
     * @param quads    its quads
     * @param entities the entities it describes
     */
    record Described(List<Quad> quads, int entities) {
    }

    /** The entities graph of {@code records}. */
    static Described describe(JavaRDD<ArticleRecord> records, CorpusEmitter emitter) {
        List<Found> found = records
                .flatMapToPair(r -> r.state().found().stream()
                        .map(f -> new Tuple2<>(f.entity().id(), new Ranked(r.order(), f))).iterator())
                .reduceByKey(Ranked::stronger)
                .values().collect().stream()
                .sorted(Comparator.comparingLong(Ranked::order))
                .map(Ranked::found).toList();
        List<String> mentioned = records.flatMap(r -> r.state().mentioned().iterator()).distinct().collect();
        CorpusEmitter.Entities entities = emitter.entities();
        entities.add(0, mentioned, found);
        List<Quad> quads = entities.quads();
        return new Described(quads, entities.described());
    }
}
