package org.newsgraph.facts;

import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The suspect of an attack, named with a noun of suspicion ({@code suspect-nouns.csv}) before the attack
 * word: "the primary suspect in the attack is Norwegian Jane Roe" (the party after the copula), "Jane Roe is
 * the main suspect in the bombing", "Jane Roe, the suspect in the shooting," (the party before). The suspect
 * attacked, and is no target: the attack rule reads its target only before the copula.
 *
 * <pre>{@code
 * Suspects.Suspect s = suspects.of(view, from, t, end, to);   // or null
 * }</pre>
 */
final class Suspects {
    /** The suspect and the token where the words naming it begin (after it, nothing is the attack's target). */
    record Suspect(String id, int from) {
    }

    /** Words between a noun of suspicion and the attack word's phrase. */
    private static final Set<String> LINKS = Set.of("in", "of", "for", "behind");
    /** The copulas that name a suspect. */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** How far before the attack word the noun may stand ("the suspect in Monday's deadly attack"). */
    private static final int NOUN = 6;
    /** How far from the copula the suspect may be named ("is believed to be Jane Roe"). */
    private static final int NAMED = 6;

    private final Set<String> nouns;

    Suspects(Lexicon lexicon) {
        this.nouns = lexicon.words("suspect-nouns.csv");
    }

    /** The suspect of the attack word at tokens {@code [t, end)} in {@code [from, to)}, or null. */
    Suspect of(SentenceView view, int from, int t, int end, int to) {
        int noun = -1;
        for (int i = Math.max(from, t - NOUN); i < t - 1; i++) {
            if (nouns.contains(view.word(i)) && LINKS.contains(view.word(i + 1)) && !view.quoted(i)) {
                noun = i;
            }
        }
        if (noun < 0) {
            return null;
        }
        for (int j = end; j < Math.min(to, end + NAMED); j++) {
            if (COPULAS.contains(view.word(j))) {
                for (int k = j + 1; k < Math.min(to, j + 1 + NAMED); k++) {
                    Mention m = view.mentionAt(k);
                    if (m == null) {
                        continue;
                    }
                    if (m.matchType() == MatchType.DEMONYM && view.mentionAt(view.endToken(m)) != null) {
                        k = view.endToken(m) - 1;   // "Norwegian Jane Roe": the person, not the demonym's country
                        continue;
                    }
                    return view.isAgent(m) || view.kind(m) == Kind.PERSON ? new Suspect(m.entityId(), j) : null;
                }
                return null;
            }
        }
        for (int j = noun - 1; j >= Math.max(from, noun - 3); j--) {
            if (COPULAS.contains(view.word(j)) || view.word(j).equals(",")) {
                for (int k = j - 1; k >= Math.max(from, j - NAMED); k--) {
                    Mention m = view.mentionAt(k);
                    if (m != null) {
                        return view.isAgent(m) || view.kind(m) == Kind.PERSON ? new Suspect(m.entityId(), to) : null;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
