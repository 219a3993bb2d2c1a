package org.newsgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of one evaluation: scores per entity type and per predicate, the Wikidata link
 * check, and for {@code --details} every miss and every unmatched prediction.
 *
 * <pre>{@code
 * Evaluation ev = Scorer.score(gold, predictions);
 * ev.entitiesTotal().f1();
 * }</pre>
 *
 * @param entityArticles    the articles whose entities were scored
 * @param relationArticles  the articles whose relations were scored
 * @param entities          a score for every entity type
 * @param relations         a score for every predicate
 * @param wikidata          the Wikidata link check over matched entities
 * @param missedEntities    gold entities nothing matched
 * @param spuriousEntities  predicted entities that matched no gold row
 * @param missedRelations   gold relations nothing matched
 * @param spuriousRelations predicted relations that matched no gold row
 * @param wrongLinks        matched entities whose Wikidata link is wrong
 * @param notes             remarks for the user
 */
public record Evaluation(SortedSet<String> entityArticles, SortedSet<String> relationArticles,
        Map<EntityType, Score> entities, Map<Predicate, Score> relations, WikidataCheck wikidata,
        List<GoldEntity> missedEntities, List<PredictedEntity> spuriousEntities,
        List<GoldRelation> missedRelations, List<PredictedRelation> spuriousRelations,
        List<Link> wrongLinks, List<String> notes) {
    public Evaluation {
        entityArticles = Collections.unmodifiableSortedSet(new TreeSet<>(entityArticles));
        relationArticles = Collections.unmodifiableSortedSet(new TreeSet<>(relationArticles));
        entities = Collections.unmodifiableMap(new EnumMap<>(entities));
        relations = Collections.unmodifiableMap(new EnumMap<>(relations));
        missedEntities = List.copyOf(missedEntities);
        spuriousEntities = List.copyOf(spuriousEntities);
        missedRelations = List.copyOf(missedRelations);
        spuriousRelations = List.copyOf(spuriousRelations);
        wrongLinks = List.copyOf(wrongLinks);
        notes = List.copyOf(notes);
    }

    /** Every article that was scored. */
    public SortedSet<String> articles() {
        SortedSet<String> all = new TreeSet<>(entityArticles);
        all.addAll(relationArticles);
        return all;
    }

    /** The micro-averaged entity score. */
    public Score entitiesTotal() {
        return entities.values().stream().reduce(Score.ZERO, Score::plus);
    }

    /**
     * The micro-averaged relation score. The dates of events ({@link Predicate#OCCURRED_ON}) are left
     * out: they qualify relations already counted and are reported on a line of their own.
     */
    public Score relationsTotal() {
        return relations.entrySet().stream().filter(e -> e.getKey() != Predicate.OCCURRED_ON)
                .map(Map.Entry::getValue).reduce(Score.ZERO, Score::plus);
    }

    /**
     * The Wikidata links of matched entities.
     *
     * @param checked     matched pairs where the prediction has a link
     * @param differing   of those, where the gold has another QID
     * @param unconfirmed of those, where the gold has no QID
     * @param missing     matched pairs where the gold has a QID and the prediction no link
     */
    public record WikidataCheck(int checked, int differing, int unconfirmed, int missing) {
        /** Links that are wrong: differing plus unconfirmed. */
        public int wrong() {
            return differing + unconfirmed;
        }
    }

    /**
     * A matched pair of entities.
     *
     * @param gold      the gold row
     * @param predicted the prediction
     */
    public record Link(GoldEntity gold, PredictedEntity predicted) {
        /** One line for reports. */
        public String describe() {
            return predicted.entity().label() + " linked to " + predicted.qid() + ", gold has "
                    + (gold.qid().isEmpty() ? "no QID" : gold.qid())
                    + (gold.file() == null ? "" : "  [" + gold.file().getFileName() + " line " + gold.line() + "]");
        }
    }
}
