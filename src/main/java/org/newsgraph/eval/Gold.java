package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The gold standard: entity and relation rows, and which articles have an entities file and
 * which a relations file (an article with an empty file is still evaluated: all its predictions
 * are false positives).
 *
 * <pre>{@code
 * Gold gold = GoldLoader.load(Path.of("data/gold"));
 * Gold small = Gold.of(List.of(goldEntity), List.of(goldRelation));
 * }</pre>
 *
 * @param entities         the rows of every {@code ID.entities.csv}
 * @param relations        the rows of every {@code ID.relations.csv}
 * @param entityArticles   the ids that have an entities file
 * @param relationArticles the ids that have a relations file
 */
public record Gold(List<GoldEntity> entities, List<GoldRelation> relations, SortedSet<String> entityArticles,
        SortedSet<String> relationArticles) {
    public Gold {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        entityArticles = new TreeSet<>(entityArticles);
        relationArticles = new TreeSet<>(relationArticles);
    }

    /** Gold whose articles are those the rows name. */
    public static Gold of(List<GoldEntity> entities, List<GoldRelation> relations) {
        return new Gold(entities, relations,
                entities.stream().map(GoldEntity::article).collect(Collectors.toCollection(TreeSet::new)),
                relations.stream().map(GoldRelation::article).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Every article with a gold file. */
    public SortedSet<String> articles() {
        SortedSet<String> all = new TreeSet<>(entityArticles);
        all.addAll(relationArticles);
        return all;
    }

    /** The same gold restricted to {@code articles}. */
    public Gold restrictTo(Set<String> articles) {
        return new Gold(
                entities.stream().filter(e -> articles.contains(e.article())).toList(),
                relations.stream().filter(r -> articles.contains(r.article())).toList(),
                entityArticles.stream().filter(articles::contains).collect(Collectors.toCollection(TreeSet::new)),
                relationArticles.stream().filter(articles::contains).collect(Collectors.toCollection(TreeSet::new)));
    }
}
