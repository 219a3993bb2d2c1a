package org.newsgraph.discover.persons;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.NameParticles;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Token;

/**
 * Reads the capitalised words that may be a person's name: up to four name words, with initials ("Antony
 * J. Blinken", "A K Mathur"), particles ({@code name-particles.csv}: "Ursula von der Leyen", "Fayez
 * al-Sarraj") and joined parts ("Tétrault-Farber", "Ban Ki-moon"). A word the rule lists give another role
 * (a title, an organisation word, a date, a speech verb, a place's head, a word that never starts a name, a
 * word of a title's portfolio of {@code portfolio-words.csv})
 * is no name word.
 *
 * <pre>{@code
 * NameReader names = NameReader.of(lexicon);
 * int end = names.nameEnd(view, i);   // i when no name starts at token i
 * }</pre>
 */
public final class NameReader {
    /**
     * A syllable of a romanised Chinese or Korean given name: consonants, one to three vowels, an optional
     * final nasal or stop ("wen", "chang", "moon", "hyun"), not an English word such as "style" or "like".
     */
    private static final Pattern ROMANISED_SYLLABLE =
            Pattern.compile("[bcdfghjklmnpqrstwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|r|k|p|t|l)?");

    private static final int MAX_NAME_WORDS = 4;

    private final Lexicon lexicon;
    private final Set<String> particles;
    private final Set<String> links;
    private final Set<String> letterWords;
    private final Set<String> portfolioWords;
    /** Words of address that never start a name: {@code name-honorifics.csv} less {@code peerage-words.csv}. */
    private final Set<String> addressOnly;
    private final WordsOfAddress addressBefore;
    /** The ranks before titles ({@code title-ranks.csv}). */
    private final Set<String> ranks;

    private NameReader(Lexicon lexicon, Set<String> particles, Set<String> links, Set<String> letterWords) {
        this.lexicon = lexicon;
        this.particles = particles;
        this.links = links;
        this.letterWords = letterWords;
        this.portfolioWords = lexicon.words("portfolio-words.csv");
        Set<String> address = new java.util.HashSet<>(lexicon.words("name-honorifics.csv"));
        address.removeAll(lexicon.words("peerage-words.csv"));
        this.addressOnly = Set.copyOf(address);
        this.addressBefore = new WordsOfAddress(addressOnly);
        this.ranks = lexicon.words("title-ranks.csv");
    }

    /** The reader of the rules folder of {@code lexicon}. */
    public static NameReader of(Lexicon lexicon) {
        return new NameReader(lexicon, NameParticles.of(lexicon).inPersons(), lexicon.words("name-links.csv"),
                lexicon.words("letter-words.csv"));
    }

    /**
     * The token after a word of address that never starts a name, starting at token {@code i} ("Sir", "H.E.":
     * {@code name-honorifics.csv} less {@code peerage-words.csv}), else {@code i}.
     */
    public int pastAddress(SentenceView view, int i) {
        return addressBefore.startingAt(view, i);
    }

    /** The end of a person's name starting at token {@code i}, or {@code i} when none starts there. */
    public int nameEnd(SentenceView view, int i) {
        List<Token> tokens = view.tokens();
        int words = 0;
        int j = i;
        while (j < tokens.size() && words < MAX_NAME_WORDS) {
            Token t = tokens.get(j);
            if (view.mentionAt(j) != null && !(words == 0 && placeInGivenName(view, j))
                    && !(words > 0 && placeAsSurname(view, j)) || !t.isWord()) {
                break;
            }
            if (isInitial(view, j)) {   // "Antony J. Blinken", "P.J. Crowley"
                j += 2;
            } else if (isBareInitial(view, j)) {
                j++;
                words++;
            } else if (t.isCapitalised() && isNameWord(view, j, words > 0)) {
                j = joined(tokens, j + 1);
                words++;
            } else if (words > 0 && isParticle(t) && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()) {
                j++;
            } else if (words > 0 && isParticle(t) && j + 2 < tokens.size()
                    && tokens.get(j + 1).text().equals("-") && tokens.get(j + 1).start() == t.end()
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end() && tokens.get(j + 2).isCapitalised()) {
                // "Fayez al-Sarraj", "Abdel Fattah el-Sisi"
                j += 2;
            } else {
                break;
            }
        }
        return words == 0 ? i : j;
    }

    /**
     * Whether the place named at token {@code j} is the first syllable of a given name: "Jian-chang Yu", where a
     * town called Ji'an matched "Jian"; a place joined to a lower-case syllable by a dash with no spaces.
     */
    private static boolean placeInGivenName(SentenceView view, int j) {
        var m = view.mentionAt(j);
        List<Token> tokens = view.tokens();
        return (view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION) && view.endToken(m) == j + 1
                && j + 2 < tokens.size() && !tokens.get(j + 2).isCapitalised() && joined(tokens, j + 1) > j + 1;
    }

    /**
     * Whether the town named at token {@code j}, right after a name's first words, is the name's last word:
     * "Lieutenant General Aliyu Kano", whose surname is also a town's name. One word, a settlement, and no
     * capitalised word after it.
     */
    private static boolean placeAsSurname(SentenceView view, int j) {
        var m = view.mentionAt(j);
        List<Token> tokens = view.tokens();
        return view.kind(m) == Kind.SETTLEMENT && view.firstToken(m) == j && view.endToken(m) == j + 1
                && tokens.get(j - 1).isWord() && tokens.get(j - 1).end() + 1 == tokens.get(j).start()
                && !(j + 1 < tokens.size() && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalised());
    }

    private boolean isParticle(Token t) {
        return particles.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words at token {@code i} go on a longer capitalised name: "the Syrian Observatory for
     * Human Rights said" (not a person "Human Rights").
     */
    public boolean insideLongerName(SentenceView view, int i) {
        if (i < 2 || !links.contains(view.word(i - 1))) {
            return false;
        }
        Token before = view.tokens().get(i - 2);
        return before.isWord() && (before.isCapitalised() || view.mentionAt(i - 2) != null);
    }

    /**
     * Whether a name found ends with an initial right before a known person's surname: "Antony J." of
     * "Secretary Antony J. Blinken" is no person of its own (the namesake rule makes it Blinken).
     */
    public static boolean beforeKnownSurname(SentenceView view, int end) {
        Mention next = end < view.size() ? view.mentionAt(end) : null;
        return next != null && view.firstToken(next) == end && view.kind(next) == Kind.PERSON && end >= 2
                && isInitial(view, end - 2);
    }

    /** A middle initial: one capital letter and a full stop before another capitalised word ("Antony J. Blinken"). */
    public static boolean isInitial(SentenceView view, int j) {
        List<Token> tokens = view.tokens();
        return j + 2 < tokens.size() && tokens.get(j).text().length() == 1 && tokens.get(j).isCapitalised()
                && view.word(j + 1).equals(".") && tokens.get(j + 2).isCapitalised() && tokens.get(j + 2).isWord();
    }

    /**
     * An initial written without a full stop: "A K Mathur", "Rajesh K Singh". It must be followed by
     * another initial or a name word; a letter that is also a word ({@code letter-words.csv}: "A", "I") only
     * by another initial.
     */
    private boolean isBareInitial(SentenceView view, int j) {
        List<Token> tokens = view.tokens();
        if (j + 1 >= tokens.size() || !isLetter(tokens.get(j)) || view.mentionAt(j + 1) != null
                || tokens.get(j + 1).start() == tokens.get(j).end()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        if (isLetter(next)) {
            return j + 2 < tokens.size() && tokens.get(j + 2).isCapitalised() && tokens.get(j + 2).isWord();
        }
        return !letterWords.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                && next.isWord() && next.isCapitalised()
                && isNameWord(view, j + 1, true);
    }

    private static boolean isLetter(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Skips hyphen- or apostrophe-joined parts: "Tétrault-Farber", "O'Brien", and the short lower-case
     * second syllable of Korean given names ("Ban Ki-moon", "Kim Kyou-hyun"), but not a participle
     * ("Smith-led", "Jones-backed").
     */
    private static int joined(List<Token> tokens, int j) {
        while (j + 1 < tokens.size() && (tokens.get(j).text().equals("-") || tokens.get(j).text().equals("'")
                || tokens.get(j).text().equals("’"))
                && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end()
                && tokens.get(j + 1).isWord() && (tokens.get(j + 1).isCapitalised()
                        || tokens.get(j).text().equals("-") && isSyllable(tokens.get(j + 1).text()))) {
            j += 2;
        }
        return j;
    }

    private static boolean isSyllable(String part) {
        return part.length() <= 6 && ROMANISED_SYLLABLE.matcher(part).matches() && !part.endsWith("ed");
    }

    /**
     * Whether token {@code j} may be a word of a person's name; {@code inside} when it is not the name's
     * first word ("Theresa May": a month name may end a name, but not start one or precede a day number).
     */
    public boolean isNameWord(SentenceView view, int j, boolean inside) {
        String text = view.tokens().get(j).text();
        // "NATO" shouts; initials ("P.J.") do not
        boolean shouting = text.codePoints().filter(Character::isLetter).count() > 3
                && text.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        if (text.length() < 2 || shouting) {
            return false;
        }
        String folded = view.word(j);
        var dateWord = lexicon.dates().at(view.words(), j);
        // a weekday is no name word anywhere: "King Gyanendra Tuesday dismissed …"
        boolean weekday = dateWord.isPresent() && dateWord.get().value().month() == null;
        boolean date = weekday || dateWord.isPresent() && !(inside && !digits(view.word(j + 1)));
        return !lexicon.notNames().contains(folded)
                && !portfolioWords.contains(folded)
                && !(addressOnly.contains(folded) && !inside)   // "Sir Jane Roe" is Jane Roe
                && !lexicon.organisationWords().contains(folded)
                && lexicon.titles().at(view.words(), j).isEmpty()
                // "Jane Roe Shadow Secretary of State": a rank before a title is no name word
                && !(ranks.contains(folded) && lexicon.titles().at(view.words(), j + 1).isPresent())
                // "Kayah State became …", "the Korean War": a place's or an event's head is no name word
                && lexicon.placeHeads().at(view.words(), j).isEmpty()
                && lexicon.eventWords().at(view.words(), j).isEmpty()
                && !date
                && lexicon.speechVerbs().at(view.words(), j).isEmpty()
                && lexicon.credits().at(view.words(), j).isEmpty();
    }

    /** Whether {@code word} is one or more ASCII digits: a day number. */
    private static boolean digits(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Capitalised words of a name; the parts of "Tétrault-Farber" count as one, "al-Sarraj" after "Fayez" as one more. */
    public static int words(SentenceView view, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = view.tokens().get(k);
            boolean joinedToPrevious = k > from && !view.tokens().get(k - 1).isWord()
                    && !(k - 2 >= from && view.tokens().get(k - 2).isWord() && !view.tokens().get(k - 2).isCapitalised());
            if (t.isWord() && t.isCapitalised() && !joinedToPrevious) {
                words++;
            }
        }
        return words;
    }
}
