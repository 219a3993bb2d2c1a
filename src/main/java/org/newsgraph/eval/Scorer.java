package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.text.Names;

/**
 * Scores predictions against the gold standard, only for the articles that have gold files.
 * Matching is greedy in gold-file order: each gold row takes the first prediction that matches
 * it and is still free, so each gold row and each prediction counts at most once.
 *
 * <p>Entities: per article, a gold row is found by a prediction of a compatible kind
 * ({@link EntityType#ofKind}) when the {@link Names#key} of the gold canonical name or of any
 * gold surface equals the key of the predicted label or of any of its other names.
 * Relations: see {@link RelationMatcher}; a predicted entity that matched a gold entity of its article answers
 * to that gold entity's canonical name too, so a relation row written with the canonical name ("Office of
 * Foreign Assets Control") finds the entity the text and the gold's surface spell otherwise ("Office of
 * Foreign AssetsControl").
 *
 * <pre>{@code
 * Evaluation ev = Scorer.score(gold, predictions);
 * }</pre>
 */
public final class Scorer {
    private Scorer() {
    }

    /** Scores {@code predictions} against {@code gold}. */
    public static Evaluation score(Gold gold, Predictions predictions) {
        Map<EntityType, Score> entityScores = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entityScores.put(t, Score.ZERO);
        }
        Map<Predicate, Score> relationScores = new EnumMap<>(Predicate.class);
        for (Predicate p : Predicate.values()) {
            relationScores.put(p, Score.ZERO);
        }
        List<GoldEntity> missedEntities = new ArrayList<>();
        List<PredictedEntity> spuriousEntities = new ArrayList<>();
        List<Evaluation.Link> matchedLinks = new ArrayList<>();
        List<String> notes = new ArrayList<>(predictions.notes());

        for (String article : gold.entityArticles()) {
            List<PredictedEntity> predicted = new ArrayList<>();
            for (PredictedEntity p : predictions.entities()) {
                if (!p.article().equals(article)) {
                    continue;
                }
                if (EntityType.ofKind(p.kind()).isPresent()) {
                    predicted.add(p);
                } else {
                    notes.add("article " + article + ": predicted kind \"" + p.kind() + "\" of " + p.entity().label()
                            + " has no gold type; not scored");
                }
            }
            boolean[] used = new boolean[predicted.size()];
            for (GoldEntity g : gold.entities()) {
                if (!g.article().equals(article)) {
                    continue;
                }
                int hit = findEntity(g, predicted, used);
                if (hit < 0) {
                    missedEntities.add(g);
                    entityScores.merge(g.type(), new Score(0, 0, 1), Score::plus);
                } else {
                    used[hit] = true;
                    matchedLinks.add(new Evaluation.Link(g, predicted.get(hit)));
                    entityScores.merge(g.type(), new Score(1, 0, 0), Score::plus);
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    PredictedEntity p = predicted.get(i);
                    spuriousEntities.add(p);
                    entityScores.merge(EntityType.ofKind(p.kind()).orElseThrow(), new Score(0, 1, 0), Score::plus);
                }
            }
        }

        List<GoldRelation> missedRelations = new ArrayList<>();
        List<PredictedRelation> spuriousRelations = new ArrayList<>();
        // gold that dates no event (no occurredOn row at all) does not score the dates predicted
        boolean datesAnnotated = gold.relations().stream().anyMatch(g -> g.predicate() == Predicate.OCCURRED_ON);
        for (String article : gold.relationArticles()) {
            Map<String, String> canonical = aligned(matchedLinks, article);
            List<PredictedRelation> predicted = predictions.relations().stream()
                    .filter(p -> p.article().equals(article))
                    .map(p -> alsoNamed(p, canonical))
                    .filter(p -> datesAnnotated || p.predicate() != Predicate.OCCURRED_ON).toList();
            boolean[] used = new boolean[predicted.size()];
            for (GoldRelation g : gold.relations()) {
                if (!g.article().equals(article)) {
                    continue;
                }
                int hit = -1;
                for (int i = 0; i < predicted.size() && hit < 0; i++) {
                    if (!used[i] && RelationMatcher.matches(g, predicted.get(i))) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    missedRelations.add(g);
                    relationScores.merge(g.predicate(), new Score(0, 0, 1), Score::plus);
                } else {
                    used[hit] = true;
                    relationScores.merge(g.predicate(), new Score(1, 0, 0), Score::plus);
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    spuriousRelations.add(predicted.get(i));
                    relationScores.merge(predicted.get(i).predicate(), new Score(0, 1, 0), Score::plus);
                }
            }
        }

        int checked = 0;
        int differing = 0;
        int unconfirmed = 0;
        int missing = 0;
        List<Evaluation.Link> wrong = new ArrayList<>();
        for (Evaluation.Link link : matchedLinks) {
            String g = link.gold().qid();
            String p = link.predicted().qid();
            if (p.isEmpty()) {
                missing += g.isEmpty() ? 0 : 1;
                continue;
            }
            checked++;
            if (g.isEmpty()) {
                unconfirmed++;
                wrong.add(link);
            } else if (!g.equals(p)) {
                differing++;
                wrong.add(link);
            }
        }
        SortedSet<String> entityArticles = new TreeSet<>(gold.entityArticles());
        SortedSet<String> relationArticles = new TreeSet<>(gold.relationArticles());
        return new Evaluation(entityArticles, relationArticles, entityScores, relationScores,
                new Evaluation.WikidataCheck(checked, differing, unconfirmed, missing),
                missedEntities, spuriousEntities, missedRelations, spuriousRelations, wrong, notes);
    }

    /** The gold canonical name of each predicted entity (by IRI) matched to a gold entity of {@code article}. */
    private static Map<String, String> aligned(List<Evaluation.Link> links, String article) {
        Map<String, String> canonical = new java.util.HashMap<>();
        for (Evaluation.Link link : links) {
            if (link.gold().article().equals(article) && link.predicted().entity().iri() != null) {
                canonical.put(link.predicted().entity().iri(), link.gold().canonical());
            }
        }
        return canonical;
    }

    /** {@code p} with each entity value aligned to a gold entity answering to its canonical name too. */
    private static PredictedRelation alsoNamed(PredictedRelation p, Map<String, String> canonical) {
        return new PredictedRelation(p.article(), p.predicate(), alsoNamed(p.subject(), canonical),
                alsoNamed(p.object(), canonical), p.title(), alsoNamed(p.claimant(), canonical), p.negated(),
                p.event() == null ? null : alsoNamed(p.event(), canonical));
    }

    private static PredictedValue alsoNamed(PredictedValue v, Map<String, String> canonical) {
        String name = v == null || v.iri() == null ? null : canonical.get(v.iri());
        return name == null ? v : v.alsoNamed(name);
    }

    /** The index of the first free prediction that matches {@code g}, or -1. */
    private static int findEntity(GoldEntity g, List<PredictedEntity> predicted, boolean[] used) {
        Set<String> goldKeys = new HashSet<>();
        for (String name : g.names()) {
            String key = Names.key(name);
            if (!key.isEmpty()) {
                goldKeys.add(key);
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            PredictedEntity p = predicted.get(i);
            Optional<EntityType> type = EntityType.ofKind(p.kind());
            if (used[i] || type.isEmpty() || type.get() != g.type()) {
                continue;
            }
            if (goldKeys.stream().anyMatch(k -> p.entity().matches(k))) {
                return i;
            }
        }
        // the same Wikidata item is the same entity, whatever its name: "Mopti" and "Mopti Region", both Q214155
        for (int i = 0; i < predicted.size() && !g.qid().isEmpty(); i++) {
            PredictedEntity p = predicted.get(i);
            Optional<EntityType> type = EntityType.ofKind(p.kind());
            if (!used[i] && type.isPresent() && type.get() == g.type() && g.qid().equals(p.qid())) {
                return i;
            }
        }
        return -1;
    }
}
