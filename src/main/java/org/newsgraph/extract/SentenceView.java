package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.recognize.MatchType;
import org.newsgraph.recognize.Mention;
import org.newsgraph.recognize.Names;
import org.newsgraph.recognize.Token;
import org.newsgraph.text.Sentence;

/**
 * One sentence as the extractors see it: its tokens (offsets in the article's normalised text),
 * which token belongs to which mention, and which tokens stand inside quotation marks.
 *
 * <pre>{@code
 * SentenceView view = new SentenceView(sentence, mentions, kinds);
 * view.mentionAt(3);   // the mention covering token 3, or null
 * }</pre>
 */
public final class SentenceView {
    private static final String OPENING = "“\"«";
    private static final String CLOSING = "”\"»";

    private final Sentence sentence;
    private final List<Token> tokens;
    private final Phrases.Words words;
    private final List<Mention> mentions;
    private final int[] mentionOf;
    private final boolean[] quoted;
    private final List<int[]> quotes = new ArrayList<>();
    private final Function<String, Kind> kinds;

    /**
     * @param sentence the sentence
     * @param mentions the mentions inside it
     * @param kinds    entity id to kind
     */
    public SentenceView(Sentence sentence, List<Mention> mentions, Function<String, Kind> kinds) {
        this.sentence = sentence;
        this.kinds = kinds;
        this.mentions = List.copyOf(mentions);
        Tokenized tokenized = TOKENIZED.get().computeIfAbsent(sentence, SentenceView::tokenize);
        this.tokens = tokenized.tokens();
        this.words = tokenized.words();
        this.mentionOf = new int[tokens.size()];
        Arrays.fill(mentionOf, -1);
        for (int m = 0; m < this.mentions.size(); m++) {
            Mention mention = this.mentions.get(m);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= mention.start() && tokens.get(i).end() <= mention.end()) {
                    mentionOf[i] = m;
                }
            }
        }
        this.quoted = new boolean[tokens.size()];
        markQuotes();
    }

    /** A sentence's tokens and their folded words: the same for every view of the sentence. */
    private record Tokenized(List<Token> tokens, Phrases.Words words) {
    }

    /**
     * The tokens of the sentences seen last on this thread. Every stage makes views of the same
     * sentences of an article one after the other, so each sentence is tokenised once, not once
     * a stage; the cache holds more sentences than an article has, and no more.
     */
    private static final ThreadLocal<Map<Sentence, Tokenized>> TOKENIZED = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Sentence, Tokenized> eldest) {
                    return size() > 1024;
                }
            });

    private static Tokenized tokenize(Sentence sentence) {
        List<Token> local = Names.tokens(sentence.text(), 0, sentence.text().length());
        List<Token> shifted = new ArrayList<>(local.size());
        for (Token t : local) {
            shifted.add(new Token(t.text(), sentence.start() + t.start(), sentence.start() + t.end()));
        }
        List<Token> tokens = List.copyOf(shifted);
        return new Tokenized(tokens, Phrases.Words.of(tokens));
    }

    /** Marks tokens between opening and closing marks; an unclosed quote runs to the end. */
    private void markQuotes() {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean straight = t.equals("\"");
            if (open < 0 && (OPENING.contains(t) && !t.isEmpty()) && (!straight || i + 1 < tokens.size())) {
                open = i;
            } else if (open >= 0 && CLOSING.contains(t) && !t.isEmpty()) {
                addQuote(open, i);
                open = -1;
            }
        }
        if (open >= 0) {
            addQuote(open, tokens.size());
        }
    }

    private void addQuote(int open, int close) {
        if (close > open + 1) {
            quotes.add(new int[] {open + 1, close});
            for (int i = open + 1; i < close; i++) {
                quoted[i] = true;
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The folded words of the tokens, for phrase look-ups. */
    public Phrases.Words words() {
        return words;
    }

    public int size() {
        return tokens.size();
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** Token ranges {@code [first, end)} of the quotations, inside the marks. */
    public List<int[]> quotes() {
        return quotes;
    }

    /** Whether token {@code i} stands inside quotation marks. */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** The folded text of token {@code i}, or "" past the end. */
    public String word(int i) {
        return i >= 0 && i < tokens.size() ? words.folded().get(i) : "";
    }

    /** The mention covering token {@code i}, or null. */
    public Mention mentionAt(int i) {
        return i >= 0 && i < tokens.size() && mentionOf[i] >= 0 ? mentions.get(mentionOf[i]) : null;
    }

    /** Index of the first token of mention {@code m}. */
    public int firstToken(Mention m) {
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionAt(i) == m) {
                return i;
            }
        }
        throw new IllegalArgumentException("mention not in sentence");
    }

    /** Index after the last token of mention {@code m}. */
    public int endToken(Mention m) {
        int i = firstToken(m);
        while (i < tokens.size() && mentionAt(i) == m) {
            i++;
        }
        return i;
    }

    /** The kind of the entity a mention refers to. */
    public Kind kind(Mention m) {
        return kinds.apply(m.entityId());
    }

    /** Whether a mention names a party that can act: a person, organisation or country. */
    public boolean isAgent(Mention m) {
        Kind k = kind(m);
        return k == Kind.PERSON || k == Kind.ORGANIZATION || k == Kind.COUNTRY;
    }

    /** Whether a mention names a place. */
    public boolean isPlace(Mention m) {
        Kind k = kind(m);
        return (k == Kind.SETTLEMENT || k == Kind.REGION || k == Kind.COUNTRY) && m.matchType() != MatchType.METONYM;
    }

    /** The normalised text of tokens {@code [from, to)}. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = tokens.get(from).start() - sentence.start();
        int end = tokens.get(to - 1).end() - sentence.start();
        return sentence.text().substring(start, end);
    }

    /** Start character (normalised text) of token {@code i}. */
    public int startOf(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1)).start();
    }

    /** End character (normalised text) of token {@code i - 1}, i.e. of a range ending at {@code i}. */
    public int endBefore(int i) {
        return tokens.get(Math.max(0, Math.min(i, tokens.size()) - 1)).end();
    }

    /** Evidence for tokens {@code [from, to)}. */
    public Evidence evidence(int from, int to, String rule) {
        int start = startOf(from);
        return new Evidence(sentence.index(), start, Math.max(start, endBefore(to)), rule);
    }

    /**
     * Whether {@code word} is {@code min} to {@code max} ASCII digits, as the regular expression
     * {@code \\d{min,max}} says, without compiling one for every word.
     */
    static boolean digits(String word, int min, int max) {
        int n = word.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is one or more ASCII capitals and digits ({@code [A-Z0-9]+}). */
    static boolean capitalsOrDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
