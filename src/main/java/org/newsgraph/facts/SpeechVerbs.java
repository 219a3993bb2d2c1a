package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The speech verbs of a sentence ({@code speech-verbs.csv}) as the claim and quotation rules read
 * them: which ones count, and whether what was said comes before the verb ("…,” Peskov told
 * reporters") or after it. Words after a verb that are not what was said ("told reporters in a
 * statement") are {@code speech-asides.csv}.
 *
 * <pre>{@code
 * SpeechVerbs verbs = new SpeechVerbs(lexicon);
 * for (Phrases.Match<SpeechType> verb : verbs.in(view, start)) { boolean before = verbs.postposed(view, verb); }
 * }</pre>
 */
final class SpeechVerbs {
    private final Lexicon lexicon;
    private final Set<String> asides;

    SpeechVerbs(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.asides = lexicon.words("speech-asides.csv");
    }

    /** Speech verbs from token {@code start}, outside quotations and outside entity names ("United States"). */
    List<Phrases.Match<SpeechType>> in(SentenceView view, int start) {
        return lexicon.speechVerbs().all(view.words(), start, view.size()).stream()
                .filter(v -> !view.quoted(v.start()) && view.mentionAt(v.start()) == null).toList();
    }

    /** Whether {@code word} may follow a speech verb without being what was said. */
    boolean aside(String word) {
        return asides.contains(word);
    }

    /** Whether what was said comes before the verb: "…,” Peskov told reporters.", "…, said Peskov." */
    boolean postposed(SentenceView view, Phrases.Match<SpeechType> verb) {
        if (view.word(verb.end()).equals(",")) {
            return true;
        }
        int words = 0;
        int stop = end(view);
        Mention inverted = view.mentionAt(verb.end());
        for (int k = verb.end(); k < stop; k++) {
            Mention m = view.mentionAt(k);
            if (m != null && m == inverted) {
                continue;
            }
            if (view.tokens().get(k).isWord() && !asides.contains(view.word(k))) {
                words++;
            }
        }
        return words < 2;
    }

    /** The token after the sentence's last word: before its closing stops and quotation marks. */
    static int end(SentenceView view) {
        int e = view.size();
        while (e > 0 && Set.of(".", "”", "\"", "!", "?").contains(view.word(e - 1))) {
            e--;
        }
        return e;
    }
}
