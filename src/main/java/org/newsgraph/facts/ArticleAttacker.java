package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;

/**
 * The article's one attacker (rule {@value #RULE}), read once the whole article is read: when every attack
 * the article names an attacker for has the same attacker (a claim of responsibility makes its claimant one),
 * an attack that names none is that party's ("Today's bombing of the market in Elbe killed 30 people", in an
 * article whose other attacks are the Front's), and so is a condemnation of an attack that named no party
 * and that no claim of responsibility answered in the sentences after it. An article that tells attacks by
 * two parties, or by none, changes nothing: a wrong attacker is worse than none.
 *
 * <pre>{@code
 * ArticleAttacker.Resolved r = ArticleAttacker.resolve(events, claims, discourse.unblamedCondemnations(), countryOf);
 * }</pre>
 */
final class ArticleAttacker {
    /** The rule id of an attacker or a blame given by the article's one attacker. */
    static final String RULE = "article-attacker";

    private ArticleAttacker() {
    }

    /** The events and claims after the pass. */
    record Resolved(List<Event> events, List<Claim> claims) {
    }

    /**
     * @param events   the article's events, in order
     * @param claims   the article's claims, in order
     * @param waiting  the condemnations of attacks that named no party ({@link Discourse#unblamedCondemnations})
     * @param countryOf entity id to the id of its country, or null: an attack on the sole attacker's own
     *                  country, or on a place in it, is not given to it
     */
    static Resolved resolve(List<Event> events, List<Claim> claims, List<Claim> waiting,
            Function<String, String> countryOf) {
        String sole = sole(events);
        if (sole == null) {
            return new Resolved(events, claims);
        }
        String home = countryOf == null ? null : countryOf.apply(sole);
        List<Event> outEvents = new ArrayList<>();
        Set<Integer> ownGround = new java.util.HashSet<>();   // sentences of attacks on the sole attacker's own ground
        for (Event e : events) {
            if (e.kind() == EventKind.ATTACK && e.attacker() == null && ownGround(e, sole, home, countryOf)) {
                ownGround.add(e.evidence().sentence());
            }
            // "an incursion into Ruritania" is not by the Ruritanian army, the article's other attacker
            if (e.kind() != EventKind.ATTACK || e.attacker() != null || e.targets().contains(sole)
                    || home != null && e.targets().contains(home) || ownGround(e, sole, home, countryOf)) {
                outEvents.add(e);
                continue;
            }
            List<String> participants = new ArrayList<>();
            participants.add(sole);
            participants.addAll(e.participants().stream().filter(id -> !id.equals(sole)).toList());
            Evidence ev = e.evidence();
            outEvents.add(new Event(e.kind(), participants, sole, e.targets(), e.place(), e.date(), e.claim(),
                    new Evidence(ev.sentence(), ev.start(), ev.end(), RULE)));
        }
        List<Claim> outClaims = new ArrayList<>(claims);
        for (Claim c : waiting) {
            if (sole.equals(c.claimant()) || answered(c, claims) || blames(c.claimant(), sole, claims)
                    || ownGround.contains(c.evidence().sentence())) {
                continue;
            }
            Evidence ev = c.evidence();
            outClaims.add(new Claim(c.claimant(), c.content(), sole, c.reportedBy(),
                    new Evidence(ev.sentence(), ev.start(), ev.end(), RULE)));
        }
        return new Resolved(outEvents, outClaims);
    }

    /**
     * Whether a target of {@code e} lies in the sole attacker's own country, or in the sole attacker as a country
     * ("the attack on Tillaberi" in an article whose one attacker is Niger): a state is not read as attacking its
     * own town when the sentence does not say so.
     */
    private static boolean ownGround(Event e, String sole, String home, Function<String, String> countryOf) {
        if (countryOf == null) {
            return false;
        }
        for (String target : e.targets()) {
            String country = countryOf.apply(target);
            if (country != null && (country.equals(sole) || country.equals(home))) {
                return true;
            }
        }
        return false;
    }

    /** The one attacker of the article's attacks, or null when they name none or more than one. */
    private static String sole(List<Event> events) {
        Set<String> attackers = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.kind() == EventKind.ATTACK && e.attacker() != null) {
                attackers.add(e.attacker());
            }
        }
        return attackers.size() == 1 ? attackers.iterator().next() : null;
    }

    /** Whether the article already has {@code claimant} blaming {@code accused} (a headline's condemnation told again). */
    private static boolean blames(String claimant, String accused, List<Claim> claims) {
        return claims.stream().anyMatch(c -> claimant.equals(c.claimant()) && accused.equals(c.accused()));
    }

    /** Whether a claim of the article already blames someone for what {@code condemnation} says. */
    private static boolean answered(Claim condemnation, List<Claim> claims) {
        return claims.stream().anyMatch(c -> c.accused() != null && c.claimant().equals(condemnation.claimant())
                && c.evidence().sentence() == condemnation.evidence().sentence());
    }
}
