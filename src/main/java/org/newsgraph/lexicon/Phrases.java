package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

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
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

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
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        entries.add(new Entry<>(tokens, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens.size()));
    }

    /** The longest phrase that starts at token {@code i}. */
    public Optional<Match<V>> at(List<Token> tokens, int i) {
        return at(fold(tokens), i, tokens.size());
    }

    /** The longest phrase that starts at word {@code i} of already folded words. */
    public Optional<Match<V>> at(Words words, int i) {
        return at(words.folded(), i, words.folded().size());
    }

    /** The longest phrase that starts at word {@code i} and ends by word {@code to}. */
    private Optional<Match<V>> at(List<String> words, int i, int to) {
        if (i < 0 || i >= words.size()) {
            return Optional.empty();
        }
        List<Entry<V>> entries = byFirstWord.get(words.get(i));
        if (entries == null) {
            return Optional.empty();
        }
        for (Entry<V> e : entries) {
            if (i + e.tokens.size() <= to && matches(words, i, e.tokens)) {
                return Optional.of(new Match<>(e.value, i, i + e.tokens.size()));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase that ends just before token {@code end}. */
    public Optional<Match<V>> endingAt(List<Token> tokens, int end) {
        return endingAt(new Words(fold(tokens)), end);
    }

    /** The longest phrase that ends just before word {@code end}. */
    public Optional<Match<V>> endingAt(Words words, int end) {
        Match<V> best = null;
        for (int start = end - 1; start >= 0 && start >= end - 8; start--) {
            Optional<Match<V>> m = at(words.folded(), start, end);
            if (m.isPresent() && m.get().end() == end) {
                best = m.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every non-overlapping phrase in {@code tokens[from, to)}, left to right. */
    public List<Match<V>> all(List<Token> tokens, int from, int to) {
        return all(new Words(fold(tokens)), from, to);
    }

    /** Every non-overlapping phrase in {@code words[from, to)}, left to right. */
    public List<Match<V>> all(Words words, int from, int to) {
        List<Match<V>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Match<V>> m = at(words.folded(), i, to);
            if (m.isPresent()) {
                found.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static List<String> fold(List<Token> tokens) {
        return tokens.stream().map(t -> Names.fold(t.text())).toList();
    }

    private static boolean matches(List<String> words, int from, List<String> phrase) {
        if (from < 0 || from + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(from + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The folded words of a token list, computed once and looked up many times.
     *
     * @param folded {@link Names#fold} of each token
     */
    public record Words(List<String> folded) {
        public Words {
            folded = List.copyOf(folded);
        }

        /** The words of these tokens. */
        public static Words of(List<Token> tokens) {
            return new Words(fold(tokens));
        }
    }
}
