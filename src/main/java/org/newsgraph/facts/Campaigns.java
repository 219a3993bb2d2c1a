package org.newsgraph.facts;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Attack words that name a campaign ({@code target-bound-triggers.csv}: "war on", "aggression against"):
 * an attack only when the sentence names both its owner, by a possessive or a demonym right before it
 * ("Russia's unprovoked war on Ukraine", "Russian aggression against Ukraine"), and a party after it.
 * "The war on terror" and "an earlier war against the enclave" tell no attack.
 *
 * <pre>{@code
 * if (campaigns.is(view, t, end) && campaigns.owner(view, t) == null) { … no attack … }
 * }</pre>
 */
final class Campaigns {
    /** How many words (adjectives) may stand between the owner and the campaign word ("Russia's continued brutal war"). */
    private static final int ADJECTIVES = 3;

    private final Set<String> words;

    Campaigns(Lexicon lexicon) {
        this.words = lexicon.words("target-bound-triggers.csv");
    }

    /** Whether tokens {@code [t, end)} are a campaign word. */
    boolean is(SentenceView view, int t, int end) {
        return words.contains(view.text(t, end).toLowerCase(Locale.ROOT));
    }

    /** The owner of the campaign word at token {@code t}: a possessive or a demonym before it, past adjectives; else null. */
    String owner(SentenceView view, int t) {
        int k = t - 1;
        for (int adjectives = 0; adjectives < ADJECTIVES && k >= 0 && view.mentionAt(k) == null
                && !view.word(k).equals("s") && view.tokens().get(k).isWord()
                && Character.isLowerCase(view.word(k).charAt(0)); adjectives++) {
            k--;   // "unprovoked", "continued brutal"
        }
        if (k >= 2 && view.possessiveAt(k - 1)) {
            Mention owner = view.mentionAt(k - 2);
            return owner != null && view.isAgent(owner) ? owner.entityId() : null;
        }
        Mention demonym = k >= 0 ? view.mentionAt(k) : null;
        return demonym != null && demonym.matchType() == MatchType.DEMONYM && view.isAgent(demonym)
                ? demonym.entityId() : null;
    }
}
