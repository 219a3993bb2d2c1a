package org.newsgraph.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Whose deed a bare "the launch" is: the party whose possessive the article put before that noun last
 * ("the Ruritanian army's reckless launch of a missile … Borduria condemned the launch" blames Ruritania). Read
 * sentence by sentence over one article (held by {@link Discourse}); a condemnation that names no party asks it
 * for the head noun of what it condemns.
 *
 * <pre>{@code
 * discourse.deeds().read(view);                      // after each sentence
 * String owner = discourse.deeds().ownerOf(view, k); // "the launch" at token k, or null
 * }</pre>
 */
final class DeedOwners {
    /** How many words after a possessive its noun may stand ("Ruritania's reckless and dangerous launch"). */
    private static final int NOUN = 4;
    /** Words that end the noun phrase after a possessive or after "the". */
    private static final Set<String> ENDS = Set.of("of", "on", "in", "at", "to", "by", "for", "with", "against",
            "into", "over", "and", ",", ".", ";", ":", "that", "which", "who", "(", ")");
    private final Map<String, String> owners = new HashMap<>();

    /** Records the nouns after every party's possessive in sentence {@code view}, outside quotation marks. */
    void read(SentenceView view) {
        for (int k = 0; k < view.size(); k++) {
            Mention m = view.mentionAt(k);
            if (m == null || view.quoted(k) || !view.isAgent(m) || !view.possessiveAt(view.endToken(m))) {
                continue;
            }
            int head = headAfter(view, view.endToken(m) + 2);
            if (head >= 0) {
                owners.put(view.word(head).toLowerCase(Locale.ROOT), m.entityId());
            }
            k = view.endToken(m);
        }
    }

    /**
     * The party whose deed the phrase "the …" at token {@code k} names, when a possessive named its head noun
     * before ("condemned the launch"); null when no "the" opens it, a party stands in it, or no owner is known.
     */
    String ownerOf(SentenceView view, int k) {
        if (!view.word(k).equalsIgnoreCase("the")) {
            return null;
        }
        int head = headAfter(view, k + 1);
        return head < 0 ? null : owners.get(view.word(head).toLowerCase(Locale.ROOT));
    }

    /**
     * The last word of the noun phrase from token {@code from}, within {@value #NOUN} words, before a word of
     * {@link #ENDS}; -1 when a party or a quotation stands in it, or it is empty. Skips "reckless and
     * dangerous" before the noun: "and" ends the phrase only after the word the phrase stops at is a noun.
     */
    private static int headAfter(SentenceView view, int from) {
        if (view.word(from).equals("(") && view.word(from + 2).equals(")")) {
            from += 3;   // "the Republic of Ruritania's (ROR) reckless launch": its short name in brackets
        }
        int last = -1;
        for (int k = from; k < Math.min(view.size(), from + NOUN + 2); k++) {
            String w = view.word(k).toLowerCase(Locale.ROOT);
            if (view.mentionAt(k) != null || view.quoted(k)) {
                return -1;
            }
            if (w.equals("and") && last >= 0 && view.word(k + 1).length() > 0
                    && !ENDS.contains(view.word(k + 1)) && adjective(view.word(last))) {
                continue;   // "reckless and dangerous launch"
            }
            if (ENDS.contains(w) || !view.tokens().get(k).isWord()) {
                break;
            }
            last = k;
        }
        return last;
    }

    /** Whether a word is likely an adjective before a noun ("reckless", "dangerous", "unprovoked"). */
    private static boolean adjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ous") || w.endsWith("less") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("ed")
                || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ible") || w.endsWith("able");
    }
}
