package org.newsgraph.review;

import java.util.List;
import java.util.Objects;
import org.newsgraph.gazetteer.Entity;

/**
 * One entity the gazetteer does not know, merged across the corpus: the gazetteer row it would
 * become and the evidence a curator needs to judge it.
 *
 * <pre>{@code
 * ReviewRow row = review.rows().get(0);
 * row.entity().id();    // "laurence-broers"
 * row.count();          // 3
 * row.confidence();     // 0.6
 * }</pre>
 *
 * @param entity     the gazetteer row it would become (aliases filled in; no country or Wikidata id)
 * @param count      mentions across the corpus, plus one per article naming it as author only in metadata
 * @param articles   the number of articles it was seen in
 * @param confidence 0 to 1, computed as the package documentation says
 * @param surfaces   every surface form seen, most frequent first
 * @param examples   sentences that mention it, in corpus order
 * @param rules      the rules that found it (the ids of {@code data/rules/rule-ids.csv} the pipeline recorded), most frequent first
 */
public record ReviewRow(Entity entity, int count, int articles, double confidence, List<String> surfaces,
        List<String> examples, List<String> rules) {
    public ReviewRow {
        Objects.requireNonNull(entity, "entity");
        surfaces = List.copyOf(surfaces);
        examples = List.copyOf(examples);
        rules = List.copyOf(rules);
        if (count < 0 || articles < 1) {
            throw new IllegalArgumentException("count " + count + " in " + articles + " articles");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside 0..1");
        }
    }
}
