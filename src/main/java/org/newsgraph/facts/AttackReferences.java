package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Event;

/**
 * Attack words that refer back to an attack told before ("The Front has claimed responsibility for this
 * attack", rule {@value #RULE}, {@code referring-determiners.csv}) make no attack of their own: who
 * attacked, when the reference names it by a claim of responsibility, "by" or a possessive ({@link Attacks}),
 * goes to the last attack before it when that one names no attacker, and when ("were killed in the attack late
 * Monday") when that one has no date; the reference is dropped. "The United States condemns today's attack on the port. The Front has claimed
 * responsibility for this attack." is one attack, on the port, by the Front, per the Front. A reference
 * with no attack before it in the article stays an attack.
 *
 * <pre>{@code
 * List<Event> events = AttackReferences.resolve(found);   // in article order
 * }</pre>
 */
final class AttackReferences {
    /** The rule id of an attack word that refers back. */
    static final String RULE = "attack-reference";

    private AttackReferences() {
    }

    /** The events with every reference merged into the attack it refers to. */
    static List<Event> resolve(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.kind() != EventKind.ATTACK || !e.evidence().rule().equals(RULE)) {
                out.add(e);
                continue;
            }
            int told = lastTold(out);
            if (told < 0) {
                out.add(new Event(e.kind(), e.participants(), e.attacker(), e.targets(), e.place(), e.date(),
                        e.claim(), new Evidence(e.evidence().sentence(), e.evidence().start(), e.evidence().end(),
                                "attack")));
                continue;
            }
            Event before = out.get(told);
            boolean attacker = e.attacker() != null && before.attacker() == null && !before.targets().contains(e.attacker());
            boolean date = e.date() != null && before.date() == null;
            if (!attacker && !date) {
                continue;   // the same attack again: nothing new
            }
            String by = attacker ? e.attacker() : before.attacker();
            List<String> participants = new ArrayList<>();
            if (by != null) {
                participants.add(by);
            }
            participants.addAll(before.targets());
            out.set(told, new Event(before.kind(), participants, by, before.targets(), before.place(),
                    date ? e.date() : before.date(), attacker && e.claim() != null ? e.claim() : before.claim(),
                    before.evidence()));
        }
        return out;
    }

    /** The index of the last attack told (not itself a reference) in {@code events}, or -1. */
    private static int lastTold(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).kind() == EventKind.ATTACK && !events.get(i).evidence().rule().equals(AttackTimes.RULE)) {
                return i;   // an attack's time told on its own is no attack told (AttackTimes)
            }
        }
        return -1;
    }
}
