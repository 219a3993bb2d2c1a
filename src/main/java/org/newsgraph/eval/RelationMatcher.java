package org.newsgraph.eval;

/**
 * Decides whether one predicted relation matches one gold row. Both must be about the same
 * article and predicate, agree on negation, and have matching subjects (by
 * {@link PredictedValue#matches}); then per predicate:
 * <ul>
 * <li>holdsPosition: the titles are the same by {@link Titles#same}, and the holder matches when
 *     the gold writes {@code ?}, or the names match, or the gold says
 *     {@code [not stated in text]} and the prediction has none;</li>
 * <li>statedThat, quoted: the texts are {@link Texts#similar};</li>
 * <li>killedCount: the numbers are the same ({@link Texts#sameCount});</li>
 * <li>meetingBetween: the two participants match in either order;</li>
 * <li>occurredOn: the gold subject, "A attacked B" or "A meetingBetween B", matches the dated
 *     event by these rules, and the dates are the same ISO text ({@code 2024-04-10}, {@code 2024-04});</li>
 * <li>the others: the objects' names match.</li>
 * </ul>
 * A gold {@code [per X]} must match the prediction's claimant where the prediction has one
 * (attacked, killedCount); without a claimant it does not count.
 *
 * <pre>{@code
 * RelationMatcher.matches(goldRow, prediction);
 * }</pre>
 */
public final class RelationMatcher {
    private RelationMatcher() {
    }

    /** Whether {@code p} is a correct prediction of {@code g}. */
    public static boolean matches(GoldRelation g, PredictedRelation p) {
        if (g.predicate() != p.predicate() || !g.article().equals(p.article())
                || g.object().negated() != p.negated()) {
            return false;
        }
        String object = g.object().value();
        return switch (g.predicate()) {
            case HOLDS_POSITION -> p.subject().matches(g.subject()) && Titles.same(g.title(), p.title())
                    && holderMatches(g, p);
            case STATED_THAT, QUOTED -> p.subject().matches(g.subject()) && Texts.similar(object, p.object().label());
            case KILLED_COUNT -> p.subject().matches(g.subject()) && Texts.sameCount(object, p.object().label())
                    && claimantMatches(g, p);
            case ATTACKED -> p.subject().matches(g.subject()) && p.object().matches(object) && claimantMatches(g, p);
            case MEETING_BETWEEN -> p.subject().matches(g.subject()) && p.object().matches(object)
                    || p.subject().matches(object) && p.object().matches(g.subject());
            case OCCURRED_ON -> object.equals(p.object().label()) && g.event().map(e -> matches(e, p.event()))
                    .orElse(false);
            default -> p.subject().matches(g.subject()) && p.object().matches(object);
        };
    }

    private static boolean holderMatches(GoldRelation g, PredictedRelation p) {
        String holder = g.holder();
        if (holder.equals("?")) {
            return true;
        }
        if (p.object() == null) {
            return g.object().notStated();
        }
        return !holder.isEmpty() && p.object().matches(holder);
    }

    private static boolean claimantMatches(GoldRelation g, PredictedRelation p) {
        return g.object().per() == null || p.claimant() == null || p.claimant().matches(g.object().per());
    }
}
