package org.newsgraph.discover.persons;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Token;

/**
 * Words of address before a name ({@code name-honorifics.csv}), with or without a full stop, and
 * dotted ones the tokenizer splits into letters: "Dr", "Dr.", "Sir", "H.E." ("His Excellency").
 *
 * <pre>{@code
 * WordsOfAddress address = new WordsOfAddress(lexicon.words("name-honorifics.csv"));
 * address.endingBefore(view, i);   // where "H.E." starts when it ends right before token i, else i
 * address.startingAt(view, k);     // the token after "H.E." when it starts at token k, else k
 * }</pre>
 */
public final class WordsOfAddress {
    /** The most tokens one word of address spans: "H", ".", "E", ".". */
    private static final int MAX_TOKENS = 4;

    private final Set<String> words;
    /** The first token of each word ("dr", "h" of "h.e."): a word of address starts only with one of them. */
    private final Set<String> firsts;
    /** The last token of each word ("dr", or "." after "Dr." and "H.E."): one ends only with one of them. */
    private final Set<String> lasts;

    /** @param words the folded words of address, dotted ones with their dots ("h.e.") */
    public WordsOfAddress(Set<String> words) {
        this.words = Set.copyOf(words);
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>(Set.of("."));
        for (String w : words) {
            first.add(w.split("\\.", 2)[0]);
            if (!w.endsWith(".")) {
                last.add(w.substring(w.lastIndexOf('.') + 1));
            }
        }
        this.firsts = Set.copyOf(first);
        this.lasts = Set.copyOf(last);
    }

    /** Where a word of address ending right before token {@code i} starts, else {@code i}. */
    public int endingBefore(SentenceView view, int i) {
        if (i < 1 || !lasts.contains(view.word(i - 1))) {
            return i;   // most tokens: no word of address ends there
        }
        List<Token> tokens = view.tokens();
        int found = i;
        StringBuilder text = new StringBuilder();
        for (int k = i - 1; k >= 0 && k >= i - MAX_TOKENS; k--) {
            if (k < i - 1 && tokens.get(k).end() != tokens.get(k + 1).start()) {
                break;   // only touching tokens make one word: "H.E.", not "Roe . Dr"
            }
            text.insert(0, view.word(k));
            if (isAddress(text.toString()) && !wordTouching(tokens, k - 1)) {
                found = k;
            }
        }
        return found;
    }

    /** The token after a word of address starting at token {@code k}, else {@code k}. */
    public int startingAt(SentenceView view, int k) {
        List<Token> tokens = view.tokens();
        if (k >= tokens.size() || !firsts.contains(view.word(k)) || wordTouching(tokens, k - 1)) {
            return k;   // most tokens: no word of address starts there
        }
        int found = k;
        StringBuilder text = new StringBuilder();
        for (int j = k; j < tokens.size() && j < k + MAX_TOKENS; j++) {
            if (j > k && tokens.get(j - 1).end() != tokens.get(j).start()) {
                break;
            }
            text.append(view.word(j));
            if (isAddress(text.toString())) {
                found = j + 1;
            }
        }
        return found;
    }

    private boolean isAddress(String folded) {
        return words.contains(folded) || folded.endsWith(".") && words.contains(folded.substring(0, folded.length() - 1));
    }

    /** Whether token {@code k} is a word touching the one after it: "Doe" in "Doe.Mr", not "(" in "(Mr.". */
    private static boolean wordTouching(List<Token> tokens, int k) {
        return k >= 0 && touches(tokens, k) && tokens.get(k).isWord();
    }

    /** Whether token {@code k} touches the one after it (no space between). */
    private static boolean touches(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).end() == tokens.get(k + 1).start();
    }
}
