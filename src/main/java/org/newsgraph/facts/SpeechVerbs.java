package org.newsgraph.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The speech verbs of a sentence ({@code speech-verbs.csv}) as the claim and quotation rules read
 * them: which ones count, and whether what was said comes before the verb ("…,” Peskov told
 * reporters") or after it. Words after a verb that are not what was said ("told reporters in a
 * statement") are {@code speech-asides.csv}. A verb of {@code clause-speech-verbs.csv} ("add") is
 * speech only when what was said follows it at once ("added that", "adding: “…”", "…,” he added"),
 * not in another sense ("is also adding a reward"). A platform of {@code speech-platforms.csv}
 * after "on" ("said on X", "said in a post on Telegram") says where it was said, not what. A verb before
 * a word of {@code speech-act-objects.csv} ("claimed responsibility", "declared a state of emergency") does
 * something, and says nothing.
 *
 * <pre>{@code
 * SpeechVerbs verbs = new SpeechVerbs(lexicon);
 * for (Phrases.Match<SpeechType> verb : verbs.in(view, start)) { boolean before = verbs.postposed(view, verb); }
 * }</pre>
 */
final class SpeechVerbs {
    /** What may follow a verb of {@code clause-speech-verbs.csv} when it is speech: a clause, a quotation, an end. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", ":", ",", "“", "\"", ".", "", "”", ";");

    private final Lexicon lexicon;
    private final Set<String> asides;
    private final Set<String> clauseVerbs;
    private final Set<String> platforms;
    private final Set<String> postWords;
    private final Set<String> objectVerbs;
    private final Set<String> objectPronouns;
    private final Map<String, String> blameOn;
    /** Verbs whose object is the listener ({@code listener-verbs.csv}: "told"). */
    private final Set<String> listeners;
    private final Phrases<String> acts = new Phrases<>();

    SpeechVerbs(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.asides = lexicon.words("speech-asides.csv");
        this.clauseVerbs = lexicon.words("clause-speech-verbs.csv");
        this.platforms = lexicon.words("speech-platforms.csv");
        this.postWords = lexicon.words("speech-post-words.csv");
        this.objectVerbs = lexicon.words("object-speech-verbs.csv");
        this.objectPronouns = lexicon.words("object-pronouns.csv");
        this.blameOn = DeedObjects.prepositions(lexicon);
        this.listeners = lexicon.words("listener-verbs.csv");
        lexicon.words("speech-act-objects.csv").forEach(w -> acts.add(w, w));
    }

    /**
     * Speech verbs from token {@code start}, outside quotations and outside entity names ("United
     * States"), and in their speech sense.
     */
    List<Phrases.Match<SpeechType>> in(SentenceView view, int start) {
        return lexicon.speechVerbs().all(view.words(), start, view.size()).stream()
                .filter(v -> !view.quoted(v.start()) && view.mentionAt(v.start()) == null && speech(view, v))
                .toList();
    }

    /**
     * Whether the verb is used as a speech verb: not a blaming verb of {@code blame-on-verbs.csv} with its
     * preposition right after it (a participle: "attributed to the Front"); a verb of {@code object-speech-verbs.csv} (also a noun:
     * "blame") only with a party or an object pronoun right after it; a verb of {@code clause-speech-verbs.csv} only when
     * a clause, a quotation or the sentence's end follows it (after asides: "added in a statement
     * that"), or when it stands after a quotation
     * with its subject ("…,” he added", "…,” added Peskov").
     */
    private boolean speech(SentenceView view, Phrases.Match<SpeechType> verb) {
        if (acts.at(view.words(), verb.end()).isPresent()) {
            return false;   // "claimed responsibility", "declared a state of emergency": an act, not what was said
        }
        if (view.word(verb.end()).equals("by") && view.word(verb.start()).endsWith("ed")
                && !view.word(verb.start() - 1).equals(",")) {
            return false;   // "the coup announced by the army chief": a participle, whose "by" names the doer
        }
        String doer = verb.end() - verb.start() == 1 ? blameOn.get(view.word(verb.start()).toLowerCase(Locale.ROOT)) : null;
        if (doer != null && view.word(verb.end()).equals(doer)) {
            return false;   // "a statement attributed to the Front", "the bombing was blamed on the Front": whose blame it is the words leave open
        }
        if (objectVerbs.contains(view.word(verb.start()))) {
            // "blame India for …" is the verb; "trade blame after …" the noun
            Mention object = view.mentionAt(verb.end());
            return object != null && view.isAgent(object) || objectPronouns.contains(view.word(verb.end()));
        }
        if (verb.end() - verb.start() != 1 || !clauseVerbs.contains(view.word(verb.start()))) {
            return true;
        }
        int next = verb.end();
        while (next < verb.end() + 6 && asides.contains(view.word(next)) && !view.word(next).equals(":")) {
            next++;
        }
        if (CLAUSE_OPENERS.contains(view.word(next)) || view.quoted(next)) {
            return true;
        }
        for (int k = verb.start() - 1; k >= Math.max(0, verb.start() - 4); k--) {
            String w = view.word(k);
            if (w.equals(",") || w.equals("”") || w.equals("\"")) {
                return view.word(k - 1).equals("”") || view.word(k - 1).equals("\"") || view.word(k).equals("”")
                        || view.quoted(k - 1);
            }
        }
        return false;
    }

    /**
     * The token after "on" and a platform of {@code speech-platforms.csv} when the words from
     * {@code from} are only such a place of posting ("on X", "in a post on Telegram"); else {@code from}.
     */
    int pastPlatform(SentenceView view, int from) {
        int k = from;
        while (k < view.size() && k < from + 6 && postWords.contains(view.word(k))) {
            k++;
        }
        if (view.word(k).equals("on") && platforms.contains(view.word(k + 1))) {
            return k + 2;
        }
        return from;
    }

    /** Whether {@code word} may follow a speech verb without being what was said. */
    boolean aside(String word) {
        return asides.contains(word);
    }

    /**
     * Whether what was said comes before the verb: "…,” Peskov told reporters.", "…, said Peskov.",
     * "…,” said U.S. Ambassador to the OSCE, Toivo Klaar." (a verb just after the closing mark).
     */
    boolean postposed(SentenceView view, Phrases.Match<SpeechType> verb) {
        boolean opensQuote = view.word(verb.end()).equals(",") && view.quoted(verb.end() + 2)
                && !view.quoted(verb.end()) && !closesQuote(view, verb.start() - 1);   // "… and said, “Allah is …”": what was said follows
        if (view.word(verb.end()).equals(",") && !opensQuote || closesQuote(view, verb.start() - 1)) {
            return true;
        }
        if (!view.word(verb.end()).equals("that") && !view.word(verb.end()).equals(":") && quoteBeforeSubject(view, verb.start())) {
            return true;   // "“…,” Jane Roe said after the meeting": what she said is the quotation, not "after the meeting"
        }
        int words = 0;
        int stop = end(view);
        Mention inverted = view.mentionAt(verb.end());
        if (inverted != null && view.word(verb.start() - 1).equals(",") && view.kind(inverted) == Kind.PERSON) {
            return true;   // "…, said Jane Doe of the Crisis Group": what she said stands before the comma
        }
        if (view.word(verb.start() - 1).equals(",") && titledSpeakerEnds(view, verb.end(), stop)) {
            return true;   // "…, said army spokesman Jane Doe.": the title and the name end the sentence
        }
        for (int k = pastPlatform(view, verb.end()); k < stop; k++) {
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

    /** How many words of a title may stand between an inverted verb and its speaker ("said army spokesman Jane Roe"). */
    private static final int TITLE_WORDS = 5;

    /**
     * Whether the words from token {@code from} are a few words of a title and then a person's name that ends
     * the sentence at {@code stop}: "…, said army spokesman Jane Roe."
     */
    private static boolean titledSpeakerEnds(SentenceView view, int from, int stop) {
        for (int k = from; k < Math.min(stop, from + TITLE_WORDS + 1); k++) {
            Mention m = view.mentionAt(k);
            if (m != null) {
                return view.kind(m) == Kind.PERSON && view.endToken(m) == stop;
            }
            if (!view.tokens().get(k).isWord() || view.quoted(k)) {
                return false;
            }
        }
        return false;
    }

    /** How many tokens a postposed verb's subject may take between a closing mark and the verb ("”, Foreign Minister Jane Roe said"). */
    private static final int SUBJECT = 10;
    /** Pronouns that may be such a subject ("“…,” she said"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Words that join another verb to the quotation's own ("“…,” and said"): no subject stands after them. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "then", "while", "as");

    /**
     * Whether a quotation closes right before the subject of the verb at token {@code verb} (a party, a pronoun or a
     * title right before the verb), with no mark, other quotation or "and" between: "“…,” Jane Roe said after the
     * meeting", "“…,” she told reporters on Monday", "“…,” Ruritania's foreign minister said November 23".
     */
    private boolean quoteBeforeSubject(SentenceView view, int verb) {
        Mention head = view.mentionAt(verb - 1);
        boolean subject = head != null && view.isAgent(head) || PRONOUNS.contains(view.word(verb - 1))
                || lexicon.titles().endingAt(view.words(), verb).isPresent();
        for (int k = verb - 1; subject && k >= Math.max(0, verb - SUBJECT); k--) {
            if (closesQuote(view, k)) {
                return k < verb - 1;
            }
            if (view.quoted(k) || !view.tokens().get(k).isWord() && !view.possessiveAt(k)
                    || view.word(k).equals("s") && !view.possessiveAt(k - 1) || CONJUNCTIONS.contains(view.word(k))) {
                return false;   // "“…,” and said", "the “Samay” weekly newspaper says": no subject of its own after the mark
            }
        }
        return false;
    }

    /** Whether the verb names its listener after it ({@code listener-verbs.csv}: "told VOA"). */
    boolean tellsListener(SentenceView view, Phrases.Match<SpeechType> verb) {
        return verb.end() - verb.start() == 1 && listeners.contains(view.word(verb.start()).toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code k} closes a quotation: "…,” said X" (what was said stands before the verb). */
    private static boolean closesQuote(SentenceView view, int k) {
        return view.word(k).equals("”") || view.word(k).equals("\"") && k > 0 && view.quoted(k - 1);
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
