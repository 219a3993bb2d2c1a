package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Claims told by a noun of speech (rule {@value #RULE}): "the Front's announcement that its fighters carried
 * out the bombing", "the Kremlin's latest claim that saboteurs blew up the bridge", "a statement by the
 * ministry that no soldier was hurt". A noun of {@code speech-nouns.csv} with "that" right after it; its
 * owner, the party whose possessive stands before it (maybe with one word of its own, "the Front group's",
 * and {@value #ADJECTIVES} words between, "latest", "official") or the party after "by" just after it,
 * claims the clause after "that" up to the next comma, semicolon, colon or the sentence's end. Not inside
 * quotation marks.
 *
 * <pre>{@code
 * for (NominalSpeech.Said s : nouns.in(view, start, discourse.agents())) { … }
 * }</pre>
 */
final class NominalSpeech {
    /** The rule id of a claim told by a noun of speech. */
    static final String RULE = "claim-nominal-that";
    /** How many words may stand between the possessive and the noun ("the Front's latest official claim"). */
    private static final int ADJECTIVES = 2;
    /** Words that end the clause a noun of speech tells. */
    private static final Set<String> ENDS = Set.of(",", ";", ":");

    /**
     * One claim told by a noun.
     *
     * @param claimant the noun's owner
     * @param content  the tokens {@code [from, to)} of the clause after "that"
     */
    record Said(String claimant, int[] content) {
    }

    private final Set<String> nouns;

    NominalSpeech(Lexicon lexicon) {
        this.nouns = lexicon.words("speech-nouns.csv");
    }

    /** The claims told by nouns of speech in sentence {@code view} from token {@code start}. */
    List<Said> in(SentenceView view, int start, Agents agents) {
        List<Said> found = new ArrayList<>();
        for (int k = start; k < view.size(); k++) {
            if (!nouns.contains(view.word(k).toLowerCase(Locale.ROOT)) || view.quoted(k)) {
                continue;
            }
            boolean by = view.word(k + 1).equals("by");
            String owner = by ? after(view, k + 2, agents) : before(view, start, k, agents);
            int that = by ? thatAfter(view, k + 2) : k + 1;
            if (owner == null || that < 0 || !view.word(that).equals("that")) {
                continue;
            }
            int end = that + 1;
            while (end < view.size() && !ENDS.contains(view.word(end))) {
                end++;
            }
            while (end > that + 1 && !view.tokens().get(end - 1).isWord()) {
                end--;   // the sentence's full stop
            }
            if (end > that + 2) {
                found.add(new Said(owner, new int[] {that + 1, end}));
            }
        }
        return found;
    }

    /** The party whose possessive stands before the noun at {@code noun}, or null. */
    private static String before(SentenceView view, int start, int noun, Agents agents) {
        for (int k = noun - 1; k >= Math.max(start, noun - 2 - ADJECTIVES); k--) {
            // "the Front's claim" ("'" and "s"), "the Houthis' claim" (the apostrophe alone)
            if (!view.possessiveAt(k) && !plural(view, k)) {
                if (!view.tokens().get(k).isWord() || view.mentionAt(k) != null) {
                    return null;
                }
                continue;
            }
            int end = k - 1;
            Mention m = view.mentionAt(end);
            if (m == null && end > start && Character.isLowerCase(view.word(end).charAt(0))) {
                m = view.mentionAt(end - 1);   // "the Front group's"
            }
            Mention head = m == null ? null : agents.firstAgent(view, view.firstToken(m), view.endToken(m));
            return head == null ? null : head.entityId();
        }
        return null;
    }

    /** Whether token {@code k} is the apostrophe of a plural's possessive: "the Houthis' claim". */
    private static boolean plural(SentenceView view, int k) {
        return (view.word(k).equals("'") || view.word(k).equals("’")) && !view.word(k + 1).equals("s")
                && view.word(k - 1).endsWith("s") && view.mentionAt(k - 1) != null;
    }

    /** The party just after "by" (token {@code from}, maybe after "the"), or null. */
    private static String after(SentenceView view, int from, Agents agents) {
        int k = view.word(from).equalsIgnoreCase("the") ? from + 1 : from;
        Mention m = view.mentionAt(k);
        Mention head = m == null ? null : agents.firstAgent(view, k, view.endToken(m));
        return head == null ? null : head.entityId();
    }

    /** The token after the party that starts at {@code from} (maybe after "the"), or -1. */
    private static int thatAfter(SentenceView view, int from) {
        int k = view.word(from).equalsIgnoreCase("the") ? from + 1 : from;
        Mention m = view.mentionAt(k);
        return m == null ? -1 : view.endToken(m);
    }
}
