package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.recognize.Names;
import org.newsgraph.recognize.Token;

/**
 * A set of phrases (token sequences compared with {@link Names#fold}), each with a value, that
 * can be looked up at a position of a token list; the longest phrase wins.
 *
 * <pre>{@code
 * Phrases<String> titles = new Phrases<>();
 * titles.add("Foreign Minister", "Foreign Minister");
 * titles.at(tokens, 3);   // Optional[Match(value=Foreign Minister, end=5)]
 * }</pre>
 *
 * @param <V> the value type
 */
public final class Phrases<V> {
    private final List<Entry<V>> entries = new ArrayList<>();

    private record Entry<V>(List<String> tokens, V value) {
    }

    /**
     * A phrase found in a token list.
     *
     * @param value the phrase's value
     * @param start index of its first token
     * @param end   index after its last token
     */
    public record Match<V>(V value, int start, int end) {
    }

    /** Adds a phrase. */
    public void add(String phrase, V value) {
        List<String> tokens = Names.tokens(phrase).stream().map(t -> Names.fold(t.text())).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        entries.add(new Entry<>(tokens, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens.size()));
    }

    /** The longest phrase that starts at token {@code i}. */
    public Optional<Match<V>> at(List<Token> tokens, int i) {
        return at(tokens, i, tokens.size());
    }

    /** The longest phrase that starts at token {@code i} and ends by token {@code to}. */
    public Optional<Match<V>> at(List<Token> tokens, int i, int to) {
        for (Entry<V> e : entries) {
            if (i + e.tokens.size() <= to && matches(tokens, i, e.tokens)) {
                return Optional.of(new Match<>(e.value, i, i + e.tokens.size()));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase that ends just before token {@code end}. */
    public Optional<Match<V>> endingAt(List<Token> tokens, int end) {
        for (Entry<V> e : entries) {
            int start = end - e.tokens.size();
            if (start >= 0 && matches(tokens, start, e.tokens)) {
                return Optional.of(new Match<>(e.value, start, end));
            }
        }
        return Optional.empty();
    }

    /** Every non-overlapping phrase in {@code tokens[from, to)}, left to right. */
    public List<Match<V>> all(List<Token> tokens, int from, int to) {
        List<Match<V>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Match<V>> m = at(tokens, i, to);
            if (m.isPresent()) {
                found.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> phrase) {
        if (from < 0 || from + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!Names.fold(tokens.get(from + k).text()).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
