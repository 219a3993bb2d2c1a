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
 * An attack told by its weapon, with no attack word (rule {@value #RULE}): a noun of {@code blast-nouns.csv}
 * ("explosions", "a car bomb", "a suicide bomber") as the subject of a verb of {@code blast-verbs.csv}
 * ("ripped through", "tore through", "went off", "rocked"): "Explosions ripped through three Elbe train stations
 * on Wednesday", "A car bomb went off outside the ministry in Port Elbe"; or after "by" in a passive: "The
 * market in Elbe was rocked by twin blasts". Its targets are the places and countries of the blast's own
 * clause (from the noun's phrase to the first comma, clause break or speech verb after the verb: not the
 * speaker of "…, Elbonian officials said"), its date the clause's own ({@link EventClause}), and its attacker
 * an organisation named in the noun's own phrase ("a Front car bomb"), else none: the article's one attacker
 * may be given to it later ({@link ArticleAttacker}). No attack without a target, none inside quotation marks,
 * none from a noun that is not the verb's subject ("the bomb squad detonated the device", {@code
 * blast-fillers.csv}).
 *
 * <pre>{@code
 * Event blast = new Blasts(lexicon).in(view, start, discourse);   // or null
 * }</pre>
 */
final class Blasts {
    /** The rule id of an attack told by its weapon. */
    static final String RULE = "blast";
    /** How many words may stand between the noun and its verb ("a bomb hidden in a car exploded"). */
    private static final int VERB = 6;
    /** How many lower-case words before the noun belong to its phrase ("a powerful Front car bomb"). */
    private static final int PHRASE = 4;

    private final Phrases<String> nouns = new Phrases<>();
    private final Phrases<String> verbs = new Phrases<>();
    private final Set<String> passives;
    private final Set<String> fillers;
    private final EventClause clause;

    Blasts(Lexicon lexicon) {
        lexicon.words("blast-nouns.csv").forEach(w -> nouns.add(w, w));
        lexicon.words("blast-verbs.csv").forEach(w -> verbs.add(w, w));
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.fillers = lexicon.words("blast-fillers.csv");
        this.clause = new EventClause(lexicon);
    }

    /** The attack sentence {@code view} tells by its weapon from token {@code start}, or null. */
    Event in(SentenceView view, int start, Discourse discourse) {
        for (Phrases.Match<String> noun : nouns.all(view.words(), start, view.size())) {
            if (view.quoted(noun.start())) {
                continue;
            }
            Event active = active(view, start, noun, discourse);
            Event found = active != null ? active : passive(view, start, noun, discourse);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * "Explosions ripped through three Elbe train stations": the noun, then its verb, right after it or after a
     * phrase a word of {@code blast-fillers.csv} opens ("a bomb hidden in a car exploded"), not after another
     * word ("the bomb squad detonated the device").
     */
    private Event active(SentenceView view, int start, Phrases.Match<String> noun, Discourse discourse) {
        if (verbs.at(view.words(), noun.end()).isEmpty() && !fillers.contains(view.word(noun.end()))) {
            return null;
        }
        for (int k = noun.end(); k < Math.min(view.size(), noun.end() + VERB); k++) {
            Optional<Phrases.Match<String>> verb = verbs.at(view.words(), k);
            if (verb.isPresent()) {
                if (passives.contains(view.word(k - 1))) {
                    return null;   // "the bomb was detonated by the army's engineers"
                }
                int from = phraseStart(view, start, noun.start());
                return attack(view, start, from, noun.start(), verb.get().end(), clauseEnd(view, verb.get().end()),
                        attacker(view, from, noun.start()), discourse);
            }
            if (clause.boundary(view, k)) {
                return null;
            }
        }
        return null;
    }

    /** "The market in Elbe was rocked by twin blasts": a passive verb, "by" and the noun's phrase. */
    private Event passive(SentenceView view, int start, Phrases.Match<String> noun, Discourse discourse) {
        int by = noun.start() - 1;
        while (by > start && by > noun.start() - PHRASE - 1 && !view.word(by).equals("by")) {
            if (clause.boundary(view, by)) {
                return null;
            }
            by--;
        }
        if (!view.word(by).equals("by") || by - 1 <= start) {
            return null;
        }
        int agent = by;
        Optional<Phrases.Match<String>> verb = Optional.empty();
        for (int k = by - 1; k > Math.max(start, by - 3) && verb.isEmpty(); k--) {
            verb = verbs.at(view.words(), k).filter(v -> v.end() == agent);
        }
        if (verb.isEmpty() || !passives.contains(view.word(verb.get().start() - 1))) {
            return null;
        }
        int from = clause.start(view, start, verb.get().start());
        return attack(view, start, from, verb.get().start(), noun.end(), clauseEnd(view, noun.end()),
                attacker(view, by + 1, noun.start()), discourse);
    }

    /** The attack with the places and countries of tokens {@code [from, to)} as its targets, or null without one. */
    private Event attack(SentenceView view, int start, int from, int word, int wordEnd, int to, String attacker,
            Discourse discourse) {
        List<String> targets = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Mention m = view.mentionAt(k);
            if (m == null) {
                continue;
            }
            if ((view.isPlace(m) || view.kind(m) == Kind.COUNTRY) && !m.entityId().equals(attacker)
                    && !targets.contains(m.entityId())) {
                targets.add(m.entityId());
            }
            k = view.endToken(m) - 1;
        }
        if (targets.isEmpty()) {
            return null;
        }
        List<String> participants = new ArrayList<>();
        if (attacker != null) {
            participants.add(attacker);
        }
        participants.addAll(targets);
        String place = targets.stream().filter(id -> discourse.kind(id) == Kind.SETTLEMENT).findFirst().orElse(null);
        return new Event(EventKind.ATTACK, participants, attacker, targets, place,
                clause.date(view, start, word, wordEnd, discourse), null, view.evidence(word, wordEnd, RULE));
    }

    /**
     * The token after the blast's clause: the first clause break, speech verb or comma after {@code from}, except the
     * comma of "Quetta, Pakistan" (a name right before it and right after it).
     */
    private int clauseEnd(SentenceView view, int from) {
        for (int k = from; k < view.size(); k++) {
            if (clause.boundary(view, k)) {
                return k;
            }
            if (view.word(k).equals(",") && !(view.mentionAt(k - 1) != null && view.mentionAt(k + 1) != null)) {
                return k;
            }
        }
        return view.size();
    }

    /** An organisation named among the words before the noun that belong to its phrase ("an ETA car bomb"), or null. */
    private static String attacker(SentenceView view, int from, int noun) {
        for (int k = from; k < noun; k++) {
            Mention m = view.mentionAt(k);
            if (m != null && view.kind(m) == Kind.ORGANIZATION && view.endToken(m) == noun) {
                return m.entityId();
            }
        }
        return null;
    }

    /** Where the noun's phrase starts: back over at most {@value #PHRASE} words and names, not past a comma. */
    private static int phraseStart(SentenceView view, int start, int noun) {
        int k = noun;
        while (k - 1 >= Math.max(start, noun - PHRASE) && view.tokens().get(k - 1).isWord()) {
            k--;
        }
        return k;
    }
}
