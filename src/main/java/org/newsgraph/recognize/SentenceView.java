package org.newsgraph.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * One sentence as the extractors see it: its tokens (offsets in the article's normalised text, as
 * the sentence holds them: a sentence is tokenised once, when it is made), which token belongs to
 * which mention, and which tokens stand inside quotation marks.
 *
 * <pre>{@code
 * SentenceView view = new SentenceView(sentence, mentions, kinds);
 * view.mentionAt(3);   // the mention covering token 3, or null
 * }</pre>
 */
public final class SentenceView {
    private static final String OPENING = "“\"«";
    private static final String CLOSING = "”\"»";
    /** No quotation open (-1 is one open before the sentence's first token). */
    private static final int NONE = -2;

    private final Sentence sentence;
    private final List<Token> tokens;
    private final Phrases.Words words;
    private final List<Mention> mentions;
    private final int[] mentionOf;
    private final boolean[] quoted;
    private final List<int[]> quotes = new ArrayList<>();
    private boolean openAtEnd;
    private final boolean openAtStart;
    /** The first token each mention covers, by identity, as {@link #mentionAt} gives them. */
    private final Map<Mention, Integer> firstTokens = new IdentityHashMap<>();
    private Boolean titleCase;
    private final Function<String, Kind> kinds;

    /**
     * @param sentence the sentence
     * @param mentions the mentions inside it
     * @param kinds    entity id to kind
     */
    public SentenceView(Sentence sentence, List<Mention> mentions, Function<String, Kind> kinds) {
        this(sentence, mentions, kinds, false);
    }

    /**
     * @param sentence the sentence
     * @param mentions the mentions inside it
     * @param kinds    entity id to kind
     * @param inQuote  whether the sentence starts inside a quotation opened in a sentence before it (of its
     *                 paragraph): its words up to the first closing mark are quoted
     */
    public SentenceView(Sentence sentence, List<Mention> mentions, Function<String, Kind> kinds, boolean inQuote) {
        this.sentence = sentence;
        this.kinds = kinds;
        this.mentions = List.copyOf(mentions);
        this.tokens = sentence.tokens();
        this.words = new Phrases.Words(sentence.words());
        this.mentionOf = new int[tokens.size()];
        Arrays.fill(mentionOf, -1);
        // each mention marks the tokens inside it, found by binary search: the cost follows the
        // tokens and the mentions, not their product (a later mention wins a token, as listed)
        for (int m = 0; m < this.mentions.size(); m++) {
            Mention mention = this.mentions.get(m);
            for (int i = firstAtOrAfter(mention.start()); i < tokens.size()
                    && tokens.get(i).end() <= mention.end(); i++) {
                mentionOf[i] = m;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionOf[i] >= 0) {
                firstTokens.putIfAbsent(this.mentions.get(mentionOf[i]), i);
            }
        }
        this.quoted = new boolean[tokens.size()];
        this.openAtStart = inQuote;
        markQuotes(inQuote);
    }

    /** The first token that starts at or after {@code offset} (binary search: tokens are in text order). */
    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The mentions inside each sentence, in the order of {@code mentions}: element {@code k} holds
     * those inside sentence {@code k} of {@code sentences}, and one more element those inside none
     * (all as mutable lists). The cost follows the mentions (each is placed by binary search),
     * where filtering all mentions for every sentence would grow with their product.
     */
    public static List<List<Mention>> bySentence(List<Sentence> sentences, List<Mention> mentions) {
        List<List<Mention>> groups = new ArrayList<>(sentences.size() + 1);
        int[] starts = new int[sentences.size()];
        boolean ordered = true;
        for (int k = 0; k < sentences.size(); k++) {
            groups.add(new ArrayList<>());
            starts[k] = sentences.get(k).start();
            ordered &= k == 0 || starts[k - 1] < starts[k] && sentences.get(k - 1).end() <= starts[k];
        }
        List<Mention> outside = new ArrayList<>();
        for (Mention m : mentions) {
            boolean placed = false;
            if (!ordered) {
                // sentences out of order or overlapping (no splitter makes such): every one that holds it
                for (int k = 0; k < sentences.size(); k++) {
                    if (inside(m, sentences.get(k))) {
                        groups.get(k).add(m);
                        placed = true;
                    }
                }
            } else {
                int k = Arrays.binarySearch(starts, m.start());
                k = k >= 0 ? k : -k - 2;
                if (k >= 0 && inside(m, sentences.get(k))) {
                    groups.get(k).add(m);
                    placed = true;
                }
            }
            if (!placed) {
                outside.add(m);
            }
        }
        groups.add(outside);
        return groups;
    }

    /** Whether mention {@code m} lies inside sentence {@code s}. */
    public static boolean inside(Mention m, Sentence s) {
        return m.start() >= s.start() && m.end() <= s.end();
    }

    /**
     * Marks tokens between opening and closing marks, straight or curly, double or single (a single
     * mark only where it cannot be an apostrophe: {@link #opensSingle}); a sentence that starts
     * inside a quotation ({@code inQuote}) has one from its start to its first closing mark; an
     * unclosed quote runs to the sentence's end ({@link #endsInQuote}).
     */
    private void markQuotes(boolean inQuote) {
        int open = inQuote ? -1 : NONE;
        int single = NONE;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean straight = t.equals("\"");
            if (open == NONE && (OPENING.contains(t) && !t.isEmpty()) && (!straight || i + 1 < tokens.size())) {
                open = i;
                single = NONE;
                depth = 0;
            } else if (open != NONE && !straight && !t.isEmpty() && OPENING.contains(t)) {
                depth++;   // "Those “fishing boats” are no fishing boats": a quotation inside a quotation
            } else if (open != NONE && straight && opensStraight(i)) {
                addQuote(open, i);   // a mark that opens while one is open: the first was never closed
                open = i;
            } else if (open != NONE && CLOSING.contains(t) && !t.isEmpty() && depth > 0 && !straight) {
                depth--;
            } else if (open != NONE && CLOSING.contains(t) && !t.isEmpty()) {
                addQuote(open, i);
                open = NONE;
                depth = 0;
            } else if (open == NONE && single == NONE && opensSingle(i)) {
                single = i;
            } else if (single != NONE && closesSingle(i) && i > single + 1) {
                addQuote(single, i);
                single = NONE;
            }
        }
        if (open != NONE) {
            addQuote(open, tokens.size());
            openAtEnd = true;
        }
    }

    /**
     * Whether the straight mark at token {@code i} can only open a quotation: a space (or the sentence's
     * start) before it and a word right after it ("… he said. "Those boats …"), where a closing mark hangs on the word before.
     */
    private boolean opensStraight(int i) {
        boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < tokens.get(i).start();
        boolean wordAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 1).isWord();
        return spaceBefore && wordAfter;
    }

    /**
     * Whether token {@code i} opens a quotation in single marks: "‘" or a straight "'" after a space and
     * before a word ("called it 'barbaric acts'"), not an apostrophe inside or after a word ("Kenya's",
     * "protesters' demands").
     */
    private boolean opensSingle(int i) {
        String t = tokens.get(i).text();
        boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < tokens.get(i).start();
        boolean wordAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 1).isWord();
        return (t.equals("‘") || t.equals("'")) && spaceBefore && wordAfter;
    }

    /**
     * Whether token {@code i} closes a quotation in single marks: "’" or "'" right after a word or a
     * punctuation mark and before a space, a punctuation mark or the sentence's end, not before an "s"
     * ("Kenya's").
     */
    private boolean closesSingle(int i) {
        String t = tokens.get(i).text();
        boolean attached = i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
        boolean last = i + 1 == tokens.size();
        boolean apart = last || tokens.get(i + 1).start() > tokens.get(i).end() || !tokens.get(i + 1).isWord();
        return (t.equals("’") || t.equals("'")) && attached && apart;
    }

    /** Whether the sentence starts inside a quotation opened before it. */
    public boolean startsInQuote() {
        return openAtStart;
    }

    /** Whether a quotation opened in this sentence (or before it) is still open at its end. */
    public boolean endsInQuote() {
        return openAtEnd;
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

    /**
     * The same sentence read as if it had no quotation marks, to read what a quotation itself tells ("“Rebels
     * attacked the post at dawn,” said the spokesman": the rules that pass over quoted words read it).
     */
    public SentenceView unquoted() {
        SentenceView plain = new SentenceView(sentence, mentions, kinds, false);
        Arrays.fill(plain.quoted, false);
        plain.quotes.clear();
        plain.openAtEnd = false;
        return plain;
    }

    /** Token ranges {@code [first, end)} of the quotations, inside the marks. */
    public List<int[]> quotes() {
        return quotes;
    }

    /** Whether token {@code i} stands inside quotation marks; false outside the sentence, as {@link #word} is "". */
    public boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    /**
     * Whether the sentence is a headline in Title Case ("Points To Putin's Lack Of Planning"): at
     * least four words, seven in ten capitalised, numbers left out. Counted once per view: rules ask it per token.
     */
    public boolean titleCase() {
        if (titleCase == null) {
            // numbers are neither ("Militants Blamed for Attack on Troops - 2002-05-19")
            long words = tokens.stream().filter(t -> t.isWord() && !t.text().chars().allMatch(Character::isDigit)).count();
            long capitalised = tokens.stream().filter(t -> t.isWord() && t.isCapitalised()).count();
            titleCase = words >= 4 && capitalised * 10 >= words * 7;
        }
        return titleCase;
    }

    /**
     * Whether the sentence is a headline in Title Case: mostly capitalised words ({@link #titleCase}) and no
     * full stop, question or exclamation mark at its end ("Ruritania's King Dismisses Government, Imposes
     * Curfew"); "The National Security Council met on Monday." is no headline.
     */
    public boolean headline() {
        if (!titleCase()) {
            return false;
        }
        for (int k = tokens.size() - 1; k >= 0; k--) {
            String w = words.folded().get(k);
            if (w.equals("\"") || w.equals("”") || w.equals("’") || w.equals("'") || w.equals(")")) {
                continue;
            }
            return !(w.equals(".") || w.equals("?") || w.equals("!"));
        }
        return false;
    }

    /** The folded text of token {@code i}, or "" past the end. */
    public String word(int i) {
        return i >= 0 && i < tokens.size() ? words.folded().get(i) : "";
    }

    /** The word before token {@code k}, past one "the" between: "on the Ruritanian army" gives "on" for "Ruritanian". */
    public String wordBefore(int k) {
        return word(k - 1).equals("the") ? word(k - 2) : word(k - 1);
    }

    /** The dashes that end a dateline: "GAO —", "TBILISI, March 3 (Reuters) -". */
    public static final Set<String> DATELINE_DASHES = Set.of("-", "—", "–");

    /**
     * Where the story starts after a dateline whose place's words end before token {@code placeEnd}: past a
     * comma and the country or region it lies in ("ADDIS ABABA, Ethiopia"), an agency in brackets ("(VOA)") and
     * the dash; -1 when no dash follows there.
     */
    public int afterDateline(int placeEnd) {
        int k = placeEnd;
        Mention country = word(k).equals(",") ? mentionAt(k + 1) : null;
        if (country != null && (kind(country) == Kind.COUNTRY || kind(country) == Kind.REGION)) {
            k = endToken(country);
        }
        if (word(k).equals("(")) {
            int close = k + 1;
            while (close < Math.min(tokens.size(), k + 5) && !word(close).equals(")")) {
                close++;
            }
            k = close + 1;
        }
        return k < tokens.size() - 1 && DATELINE_DASHES.contains(word(k)) ? k + 1 : -1;
    }

    /**
     * The first token after an ellipsis that opens the sentence, as an excerpt's lines open ("… MR. ROE: First,
     * …", "[…] MS. DOE:", ". . ."); 0 when none does.
     */
    public int afterEllipsis() {
        int k = word(0).equals("[") ? 1 : 0;
        int dots = 0;
        while (k < tokens.size() && (word(k).equals("…") || word(k).equals("."))) {
            dots += word(k).equals("…") ? 3 : 1;
            k++;
        }
        if (dots < 3) {
            return 0;
        }
        return word(0).equals("[") ? word(k).equals("]") ? k + 1 : 0 : k;
    }

    /** Whether tokens {@code k} and {@code k + 1} are a possessive "'s" (straight or curly apostrophe): "Ruritania's". */
    public boolean possessiveAt(int k) {
        return (word(k).equals("'") || word(k).equals("’")) && word(k + 1).equals("s");
    }

    /** The mention covering token {@code i}, or null. */
    public Mention mentionAt(int i) {
        return i >= 0 && i < tokens.size() && mentionOf[i] >= 0 ? mentions.get(mentionOf[i]) : null;
    }

    /** Index of the first token of mention {@code m}. */
    public int firstToken(Mention m) {
        Integer first = firstTokens.get(m);
        if (first == null) {
            throw new IllegalArgumentException("mention not in sentence");
        }
        return first;
    }

    /** Index of the first token of the first mention of entity {@code id} in tokens {@code [from, to)}, or -1. */
    public int firstTokenOf(String id, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            Mention m = mentionAt(k);
            if (m != null && m.entityId().equals(id)) {
                return firstToken(m);
            }
        }
        return -1;
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
    public static boolean digits(String word, int min, int max) {
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
    public static boolean capitalsOrDigits(String word) {
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
