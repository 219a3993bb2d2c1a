package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * An attack told as what its target defends itself against ({@code self-defence-cues.csv}): "support to
 * Ukraine in defending itself against Russia's aggression", "support for Ukraine in the face of President
 * Putin's brutal war of aggression". The deed ({@code self-defence-deeds.csv}) has its owner's possessive or
 * demonym before it (the attacker, {@link Campaigns#owner}); the target is the party right before the cue.
 * Rule {@value #RULE}.
 *
 * <pre>{@code
 * Event attack = new SelfDefence(lexicon, campaigns).in(view, start);   // or null
 * }</pre>
 */
final class SelfDefence {
    /** The rule's id. */
    static final String RULE = "attack-self-defence";
    /** How far after the cue the deed may stand ("against Russia's continued brutal war"). */
    private static final int DEED = 7;
    /** Small words between the target and the cue: "Ukraine in defending itself", "Ukraine to defend itself". */
    private static final Set<String> LINKS = Set.of("in", "to", "as", "while");

    private final Phrases<String> cues = new Phrases<>();
    private final Set<String> deeds;
    private final Campaigns campaigns;

    SelfDefence(Lexicon lexicon, Campaigns campaigns) {
        lexicon.words("self-defence-cues.csv").forEach(w -> cues.add(w, w));
        this.deeds = lexicon.words("self-defence-deeds.csv");
        this.campaigns = campaigns;
    }

    /** The attack sentence {@code view} tells as self-defence from token {@code start}, or null. */
    Event in(SentenceView view, int start) {
        for (Phrases.Match<String> cue : cues.all(view.words(), start, view.size())) {
            if (view.quoted(cue.start())) {
                continue;
            }
            int before = LINKS.contains(view.word(cue.start() - 1)) ? cue.start() - 2 : cue.start() - 1;
            Mention target = view.mentionAt(before);
            if (target == null || !view.isAgent(target) || view.endToken(target) != before + 1) {
                continue;
            }
            for (int k = cue.end(); k < Math.min(view.size(), cue.end() + DEED); k++) {
                if (!deeds.contains(view.word(k))) {
                    continue;
                }
                String attacker = campaigns.owner(view, k);
                if (attacker != null && !attacker.equals(target.entityId())) {
                    return new Event(EventKind.ATTACK, List.of(attacker, target.entityId()), attacker,
                            List.of(target.entityId()), null, null, null,
                            view.evidence(view.firstToken(target), k + 1, RULE));
                }
                break;
            }
        }
        return null;
    }
}
