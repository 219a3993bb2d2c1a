package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * A condemnation that names no party blames the party that claims the attack in the sentences right
 * after it: "The United States condemns today's attack on the port. The Front has claimed
 * responsibility for this attack." makes the condemnation blame the Front. The claim words are
 * {@code responsibility-cues.csv} followed by "responsibility"; the condemnation waits in
 * {@link Discourse#unblamed} for {@value #SENTENCES} sentences.
 *
 * <pre>{@code
 * Claim blaming = responsibility.later(view, start, discourse);   // null when nothing waited or nobody claims
 * }</pre>
 */
final class Responsibility {
    /** How many sentences after it a condemnation waits for the party that claims the attack. */
    static final int SENTENCES = 2;

    /** Words after "responsibility" that keep the claim bare: "claimed responsibility for it", "… on Telegram". */
    private static final Set<String> BARE_AFTER = Set.of(".", ",", ";", "for it", "for them", "on", "in", "via",
            "through", "and", "but", "late", "early");

    /** How many words after "for" may stand before the blast noun ("for the deadly blast"). */
    private static final int BLAST_AFTER_FOR = 3;

    private final Lexicon lexicon;
    private final Set<String> claimWords;
    private final Set<String> blastNouns;

    Responsibility(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.claimWords = lexicon.words("responsibility-cues.csv");
        this.blastNouns = lexicon.words("blast-nouns.csv");
    }

    /**
     * Whether "for" at token {@code k} and a noun of {@code blast-nouns.csv} in the few lower-case words after it
     * name an attack told by its weapon ("claimed responsibility for the blast", {@link Blasts}): told before.
     */
    private boolean forTheBlast(SentenceView view, int k) {
        if (!view.word(k).equals("for")) {
            return false;
        }
        for (int j = k + 1; j <= k + BLAST_AFTER_FOR && j < view.size(); j++) {
            if (blastNouns.contains(view.word(j))) {
                return true;
            }
            if (!view.tokens().get(j).isWord() || view.tokens().get(j).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A bare claim of responsibility ("Al-Shabaab claimed responsibility.", "The group claimed responsibility
     * for it on Telegram"): a reference to the attack told before it (rule {@value AttackReferences#RULE}), by
     * the party named before the claim word; null when the sentence has none, names no party before it, or
     * says what is claimed ("claimed responsibility for the kidnapping": not an attack told before; "for the
     * attack" is read by {@link Attacks}; "for the blast", an attack told by its weapon, is one told before).
     */
    Event bare(SentenceView view, int start, Discourse discourse) {
        for (int k = start; k + 1 < view.size(); k++) {
            if (!claimWords.contains(view.word(k)) || !view.word(k + 1).equals("responsibility") || view.quoted(k)) {
                continue;
            }
            String next = view.word(k + 2);
            boolean bare = k + 2 >= view.size() || BARE_AFTER.contains(next)
                    || BARE_AFTER.contains(next + " " + view.word(k + 3)) || forTheBlast(view, k + 2);
            Mention claimer = discourse.agents().firstAgent(view, start, k);
            if (!bare || claimer == null || lexicon.triggers().all(view.words(), k + 2, view.size()).stream()
                    .anyMatch(t -> t.value() == EventKind.ATTACK)) {
                return null;
            }
            String id = claimer.entityId();
            return new Event(EventKind.ATTACK, List.of(id), id, List.of(), null, null, null,
                    view.evidence(k, k + 2, AttackReferences.RULE));
        }
        return null;
    }

    /**
     * The waiting condemnation, now blaming the party that sentence {@code view} says claimed the
     * attack ("The Front has claimed responsibility for this attack"); null when none waits or the
     * sentence names no such party.
     */
    Claim later(SentenceView view, int start, Discourse discourse) {
        Claim waiting = discourse.unblamed(view.sentence().index());
        if (waiting == null) {
            return null;
        }
        for (int k = start + 1; k + 1 < view.size(); k++) {
            if (claimWords.contains(view.word(k)) && view.word(k + 1).equals("responsibility") && !view.quoted(k)) {
                Mention claimer = discourse.agents().firstAgent(view, start, k);
                if (claimer == null || claimer.entityId().equals(waiting.claimant())) {
                    return null;
                }
                discourse.unblamed(null, -1);
                return new Claim(waiting.claimant(), waiting.content(), claimer.entityId(), waiting.reportedBy(),
                        waiting.evidence());
            }
        }
        return null;
    }
}
