package org.newsgraph.discover.persons;

import java.util.List;
import java.util.Set;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
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

    /** @param words the folded words of address, dotted ones with their dots ("h.e.") */
    public WordsOfAddress(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Where a word of address ending right before token {@code i} starts, else {@code i}. */
    public int endingBefore(SentenceView view, int i) {
        List<Token> tokens = view.tokens();
        int found = i;
        StringBuilder text = new StringBuilder();
        for (int k = i - 1; k >= 0 && k >= i - MAX_TOKENS; k--) {
            if (k < i - 1 && tokens.get(k).end() != tokens.get(k + 1).start()) {
                break;   // only touching tokens make one word: "H.E.", not "Roe . Dr"
            }
            text.insert(0, Names.fold(tokens.get(k).text()));
            if (isAddress(text.toString()) && !wordTouching(tokens, k - 1)) {
                found = k;
            }
        }
        return found;
    }

    /** The token after a word of address starting at token {@code k}, else {@code k}. */
    public int startingAt(SentenceView view, int k) {
        List<Token> tokens = view.tokens();
        if (wordTouching(tokens, k - 1) || k >= tokens.size()) {
            return k;
        }
        int found = k;
        StringBuilder text = new StringBuilder();
        for (int j = k; j < tokens.size() && j < k + MAX_TOKENS; j++) {
            if (j > k && tokens.get(j - 1).end() != tokens.get(j).start()) {
                break;
            }
            text.append(Names.fold(tokens.get(j).text()));
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
