package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence (or headline, bullet, dateline line) of a normalised article, tokenised once when
 * it is made: every stage reads the same tokens and their folded words.
 *
 * <pre>{@code
 * Sentence s = sentences.get(0);
 * s.text().equals(normalized.text().substring(s.start(), s.end()));   // true
 * s.tokens().get(0).start();   // an offset in the normalised text
 * }</pre>
 *
 * <p>Two sentences are equal when their index, span and text are: the tokens follow from them.
 *
 * @param index  1-based position in the article
 * @param start  first character, in the normalised text
 * @param end    one past the last character, in the normalised text
 * @param text   the sentence's normalised text
 * @param tokens its tokens ({@link Names#tokens}), with offsets in the normalised text
 * @param words  {@link Names#fold} of each token, for phrase look-ups
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<String> words) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 1) {
            throw new IllegalArgumentException("sentence index starts at 1, got " + index);
        }
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") does not fit text of length "
                    + text.length());
        }
        tokens = List.copyOf(tokens);
        words = List.copyOf(words);
        if (words.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + words.size() + " folded words");
        }
        for (Token t : tokens) {
            if (t.start() < start || t.end() > end) {
                throw new IllegalArgumentException("token " + t + " outside the sentence [" + start + "," + end + ")");
            }
        }
    }

    /** The sentence of {@code text} at {@code [start, end)} of the normalised text, tokenised. */
    public Sentence(int index, int start, int end, String text) {
        this(index, start, end, text, Tokenized.of(Objects.requireNonNull(text, "text"), start));
    }

    private Sentence(int index, int start, int end, String text, Tokenized tokenized) {
        this(index, start, end, text, tokenized.tokens(), tokenized.words());
    }

    /** This sentence at another position in the article, with the same tokens. */
    public Sentence renumbered(int newIndex) {
        return newIndex == index ? this : new Sentence(newIndex, start, end, text, tokens, words);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && s.index == index && s.start == start && s.end == end && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, text);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", text=" + text + "]";
    }

    /** The tokens of a sentence's text moved to the offsets of the normalised text, and their folded words. */
    private record Tokenized(List<Token> tokens, List<String> words) {
        static Tokenized of(String text, int start) {
            List<Token> local = Names.tokens(text, 0, text.length());
            List<Token> shifted = new ArrayList<>(local.size());
            List<String> folded = new ArrayList<>(local.size());
            for (Token t : local) {
                shifted.add(start == 0 ? t : new Token(t.text(), start + t.start(), start + t.end()));
                folded.add(Names.fold(t.text()));
            }
            return new Tokenized(shifted, folded);
        }
    }
}
