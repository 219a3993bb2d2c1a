package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The attack rule (rule {@code attack}): an attack trigger of {@code event-triggers.csv} in a
 * stretch of a sentence, with who attacked (the agent before an active trigger, the possessor of
 * "Russia's invasion", the accused of "accused X of attacking", the agent after "by" in a passive)
 * and what was attacked (the places and countries after it, and the claimant's own side named with
 * "its" or "their"). The event rules read it over the whole sentence; the claim rules over what a
 * claimant says, so that the attack becomes that claim's content.
 *
 * <pre>{@code
 * Event attack = new Attacks(lexicon).in(view, 0, view.size(), null, null, discourse);   // or null
 * }</pre>
 */
final class Attacks {
    private final Lexicon lexicon;
    private final Set<String> passives;
    private final Set<String> attackerWords;
    private final Set<String> ownSide;

    Attacks(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.attackerWords = lexicon.words("attacker-prepositions.csv");
        this.ownSide = lexicon.words("own-side-words.csv");
    }

    /**
     * The first attack told in tokens {@code [from, to)}, or null.
     *
     * @param claimant who tells it, whose own side "its positions" are, or null when the article does
     * @param accused  the party the claimant accuses, the attacker of "accused X of attacking", or null
     */
    Event in(SentenceView view, int from, int to, String claimant, String accused, Discourse discourse) {
        for (int t = from; t < to; t++) {
            Optional<Phrases.Match<EventKind>> trigger = lexicon.triggers().at(view.words(), t);
            if (trigger.isEmpty() || trigger.get().value() != EventKind.ATTACK || view.quoted(t)) {
                continue;
            }
            boolean passive = passives.contains(view.word(t - 1));
            String attacker = null;
            List<String> targets = new ArrayList<>();
            if (passive) {
                for (int k = t + 1; k < Math.min(to, t + 6); k++) {
                    if (attackerWords.contains(view.word(k)) && view.mentionAt(k + 1) != null) {
                        attacker = view.mentionAt(k + 1).entityId();
                        break;
                    }
                }
                for (int k = from; k < t; k++) {
                    if (ownSide.contains(view.word(k)) && claimant != null) {
                        targets.add(claimant);
                        break;
                    }
                }
            } else if (view.word(t - 1).equals("of") && accused != null) {
                attacker = accused;
            } else if (possessor(view, t) != null) {
                attacker = possessor(view, t).entityId();
            } else {
                Mention first = discourse.agents().firstAgent(view, from, t);
                attacker = first == null ? null : first.entityId();
            }
            for (int k = from; k < to; k++) {
                Mention m = view.mentionAt(k);
                if (k > t && lexicon.clauseBreaks().contains(view.word(k))) {
                    break;
                }
                if (k > t && claimant != null && ownSide.contains(view.word(k)) && !targets.contains(claimant)
                        && !claimant.equals(attacker)) {
                    targets.add(claimant);
                }
                if (m != null && !view.quoted(k) && (view.isPlace(m) || view.kind(m) == Kind.COUNTRY)
                        && !m.entityId().equals(attacker) && !targets.contains(m.entityId())
                        && (k > t || attacker != null && k > tokenOf(view, attacker, from))) {
                    targets.add(m.entityId());
                }
                if (m != null) {
                    k = view.endToken(m) - 1;
                }
            }
            if (attacker == null && targets.isEmpty()) {
                return null;
            }
            List<String> participants = new ArrayList<>();
            if (attacker != null) {
                participants.add(attacker);
            }
            participants.addAll(targets);
            String place = targets.stream().filter(id -> discourse.kind(id) == Kind.SETTLEMENT).findFirst()
                    .orElse(null);
            return new Event(EventKind.ATTACK, participants, attacker, targets, place, discourse.date(view),
                    null, view.evidence(t, trigger.get().end(), "attack"));
        }
        return null;
    }

    /** The agent of "Russia's invasion": the possessor right before token {@code t}. */
    private static Mention possessor(SentenceView view, int t) {
        if (view.word(t - 1).equals("s") && (view.word(t - 2).equals("'") || view.word(t - 2).equals("’"))) {
            Mention m = view.mentionAt(t - 3);
            return m != null && view.isAgent(m) ? m : null;
        }
        return null;
    }

    private static int tokenOf(SentenceView view, String id, int from) {
        for (int k = from; k < view.size(); k++) {
            Mention m = view.mentionAt(k);
            if (m != null && m.entityId().equals(id)) {
                return k;
            }
        }
        return view.size();
    }
}
