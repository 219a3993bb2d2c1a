package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;

/**
 * Scores the candidates of one entity and accepts at most one.
 *
 * <p>A candidate of the wrong kind scores 0: a Person must be an instance of human ({@code Q5});
 * a Country of country ({@code Q6256}) or sovereign state ({@code Q3624078}); a Settlement of city
 * ({@code Q515}), town ({@code Q3957}) or human settlement ({@code Q486972}) or of a subclass of
 * one; an Organization or Region of anything but human. Every other candidate scores
 *
 * <pre>
 *   score = base × agreement / n
 *   base      = 1.0 when its English label equals the name, 0.8 when only an English alias does
 *   agreement = 1.0  when the entity has no linked country, or the candidate's P17/P27 include it
 *               0.75 when the entity has one and the candidate has no P17/P27 at all
 *               0.5  when the candidate's P17/P27 name other countries only
 *   n         = how many candidates of the right kind reach the best agreement of any of them
 * </pre>
 *
 * <p>so a unique exact match in the right country scores 1.0, a unique alias match 0.8, and two
 * namesakes that nothing tells apart 0.5 each. The candidate with the highest score is accepted
 * when its score is at or above the threshold and no other candidate scores as high.
 *
 * <pre>{@code
 * List<CandidateScorer.Scored> scored = new CandidateScorer(0.8).score(entity, candidates);
 * }</pre>
 */
public final class CandidateScorer {
    /** Human. */
    public static final String HUMAN = "Q5";
    /** The classes of a Country's item: country, sovereign state. */
    public static final Set<String> COUNTRY_CLASSES = Set.of("Q6256", "Q3624078");
    /** The base score of a candidate found by its English label. */
    public static final double BY_LABEL = 1.0;
    /** The base score of a candidate found only by an English alias. */
    public static final double BY_ALIAS = 0.8;
    /** The agreement when the candidate's country is the entity's (or the entity has none). */
    public static final double SAME_COUNTRY = 1.0;
    /** The agreement when the candidate has no country. */
    public static final double NO_COUNTRY = 0.75;
    /** The agreement when the candidate's countries are all others. */
    public static final double OTHER_COUNTRY = 0.5;

    private final double threshold;

    /** @param threshold the least score of an accepted link, above 0 and at most 1 */
    public CandidateScorer(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in (0, 1]");
        }
        this.threshold = threshold;
    }

    /**
     * A candidate with its score.
     *
     * @param candidate the candidate
     * @param score     its score, 0 to 1
     * @param accepted  whether it is the entity's link
     */
    public record Scored(Candidate candidate, double score, boolean accepted) {
        public Scored {
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    /** The candidates with their scores, highest first (then by Wikidata id). */
    public List<Scored> score(UnlinkedEntity entity, List<Candidate> candidates) {
        double best = candidates.stream().filter(c -> fits(entity.kind(), c))
                .mapToDouble(c -> agreement(entity, c)).max().orElse(0);
        long n = candidates.stream().filter(c -> fits(entity.kind(), c) && agreement(entity, c) == best).count();
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double score = fits(entity.kind(), c) ? (c.byLabel() ? BY_LABEL : BY_ALIAS) * agreement(entity, c) / n : 0;
            scored.add(new Scored(c, score, false));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(s -> s.candidate().number()));
        if (!scored.isEmpty()) {
            Scored top = scored.get(0);
            boolean unique = scored.size() == 1 || scored.get(1).score() < top.score();
            if (top.score() >= threshold && unique) {
                scored.set(0, new Scored(top.candidate(), top.score(), true));
            }
        }
        return scored;
    }

    /** Whether the candidate is of the entity's kind. */
    public static boolean fits(Kind kind, Candidate c) {
        return switch (kind) {
            case PERSON -> c.classes().contains(HUMAN);
            case COUNTRY -> c.classes().stream().anyMatch(COUNTRY_CLASSES::contains);
            case SETTLEMENT -> c.settlement();
            case ORGANIZATION, REGION, NAMED_EVENT -> !c.classes().contains(HUMAN);
        };
    }

    private static double agreement(UnlinkedEntity entity, Candidate c) {
        if (entity.countryQid() == null || c.countries().contains(entity.countryQid())) {
            return SAME_COUNTRY;
        }
        return c.countries().isEmpty() ? NO_COUNTRY : OTHER_COUNTRY;
    }
}
