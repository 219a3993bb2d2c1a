package org.newsgraph.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * Where an attack noun's attacker may be named, for {@link Attacks}: an attack word after "a", "an" or "the"
 * (past the words that describe it) or after a preposition is a noun, the object of the verb before it; the
 * sentence's subject made it only when that verb does it ({@code attack-doing-verbs.csv}: "Ruritania launched
 * an attack", "the group was behind the bombing"), claims it or blames a party for it; else only a party inside
 * the noun's own phrase did ("an Israeli strike"). Also where a passive of another verb after the attack word
 * ends what it hit ("the attacks on Jizan were enabled by Ruritania").
 *
 * <pre>{@code
 * int from = nouns.ownPhrase(view, stretchStart, attackWord);   // where the attacker may stand
 * }</pre>
 */
final class AttackNouns {
    /** Words that join or relate phrases, so no word before them describes the attack noun ("the rig and attacking"). */
    /** Words of degree between a copula and "responsible": "was solely responsible for", "is directly responsible". */
    private static final Set<String> DEGREE = Set.of("solely", "directly", "fully", "entirely", "ultimately", "partly",
            "largely", "clearly", "also");
    private static final Set<String> NOT_DESCRIBING = Set.of("and", "into", "onto", "toward", "towards", "upon",
            "during", "under", "near", "than", "but", "across", "through", "via", "while", "when");
    /**
     * Prepositions before an attack noun and the words that describe it: the noun's phrase is all of it
     * ("in Burgas attack", "following chemical attack"); not "to", before which the word is a verb ("to attack"),
     * nor "of", whose noun may still be the subject's ("the Front's wave of attacks", "rebels warn of more attacks").
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "for", "after", "before", "since", "during",
            "over", "about", "against", "into", "from", "at", "with", "following", "amid", "on");
    /** Forms of "be" that, with a participle and "by", make a passive (beside {@code passive-auxiliaries.csv}). */
    private static final Set<String> COPULA_PASSIVES = Set.of("is", "are");
    /** How far before "for" a word of blame may stand ("blamed the Ruritanian army for"). */
    private static final int BLAMED = 6;
    /** Words that ask who did it, with no party named before them ("to learn who carried out the attack"). */
    private static final Set<String> INTERROGATIVES = Set.of("who", "whoever", "what");
    /** Words that open an attack noun's phrase before the "by" of its attacker ("the incursion into X by Y"). */
    private static final Set<String> PHRASE_OPENINGS = Set.of("of", "on", "against", "into", "in", "at");
    /** How far after its "of", "on" or "against" the "by" of an attack noun's attacker may stand. */
    private static final int PHRASE_BY = 8;
    /** Words of time whose possessive dates an attack, not names its owner ("today's attack", "last week's"). */
    private static final Set<String> TIMES = Set.of("today", "yesterday", "tonight", "week", "weekend", "month",
            "year", "night", "morning", "evening", "afternoon");
    /** The articles that make an attack word a noun ("the attack", "an airstrike"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final Set<String> passives;
    private final Set<String> reactions;
    private final Set<String> responsibility;
    private final Set<String> participles;
    private final Set<String> subordinators;
    private final Set<String> doers;
    private final Lexicon lexicon;
    private final Set<String> regimes;
    /** The verbs of {@code accountability-verbs.csv} ("held Ruritania responsible for the attack"). */
    private final Set<String> holding;

    AttackNouns(Lexicon lexicon, Set<String> passives, Set<String> reactions, Set<String> responsibility,
            Set<String> participles, Set<String> subordinators) {
        this.passives = passives;
        this.reactions = reactions;
        this.responsibility = responsibility;
        this.participles = participles;
        this.subordinators = subordinators;
        this.doers = lexicon.words("attack-doing-verbs.csv");
        this.lexicon = lexicon;
        this.regimes = lexicon.words("regime-nouns.csv");
        this.holding = lexicon.files().rows("accountability-verbs.csv", List.of("verb", "complement")).stream()
                .map(r -> r.required("verb").toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Where the attacker of the active attack word at token {@code t} may stand: anywhere in the stretch from
     * {@code from}, unless the word is a noun after "a", "an" or "the" (past the words that describe it: "the
     * July 18 Burgas terrorist attack") that no verb of {@code attack-doing-verbs.csv} or
     * {@code responsibility-cues.csv} has as its object, or a noun after a preposition ("Role in Burgas Attack");
     * then only inside its own phrase ("an Israeli strike"). After such a verb, from the start of the verb's
     * clause ("that", {@code subordinators.csv}). So "Ruritania commends Borduria for its investigation into
     * the attack" does not make Ruritania the attacker, "Jane Roe concluded that the Ruritanian government was
     * behind the attack" makes Ruritania it, not Jane Roe, and "Ruritania launched an attack" makes Ruritania it;
     * "who" after no party ("has yet to learn who launched the attack") asks, and names no one.
     */
    int ownPhrase(SentenceView view, int from, int t) {
        String word = view.word(t).toLowerCase(Locale.ROOT);
        if (word.endsWith("ed") || word.equals("struck")) {
            return from;   // a verb: "the army shelled the town"
        }
        int k = t - 1;
        for (int n = 0; k > from && n < Attacks.MODIFIERS + 2 && describes(view, k); n++) {
            k--;
        }
        if (k > from && view.possessiveAt(k) && view.mentionAt(k - 1) == null && !time(view, k - 1)
                && !(regimes.contains(view.word(k - 1).toLowerCase(Locale.ROOT)) && view.mentionAt(k - 2) != null)) {
            return k + 1;   // "the group's repeated attacks": the possessor's; not "Monday's attack", "the Roe regime's"
        }
        String opening = k < from ? "" : view.word(k).toLowerCase(Locale.ROOT);
        if (PREPOSITIONS.contains(opening)) {
            return k + 1;   // "Hizballah's Role in Burgas Attack", "U.S. Stands With UK Following Chemical Attack"
        }
        if (!ARTICLES.contains(opening)) {
            return from;
        }
        String one = view.word(k - 1).toLowerCase(Locale.ROOT);
        String two = (view.word(k - 2) + " " + one).toLowerCase(Locale.ROOT);
        boolean claimed = false;
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
            claimed |= responsibility.contains(view.word(j).toLowerCase(Locale.ROOT));   // "claimed responsibility for the"
        }
        if (!doers.contains(one) && !doers.contains(two) && !claimed && !(one.equals("for") && blamedFor(view, from, k - 1))) {
            return k + 1;
        }
        int verb = doers.contains(one) ? k - 1 : doers.contains(two) ? k - 2 : -1;
        if (verb > 0 && INTERROGATIVES.contains(view.word(verb - 1).toLowerCase(Locale.ROOT))
                && view.mentionAt(verb - 2) == null) {
            return k + 1;   // "has yet to determine who launched the attack": no party named does it
        }
        for (int j = k - 2; j > from; j--) {
            if (view.word(j).equalsIgnoreCase("that") || subordinators.contains(view.word(j).toLowerCase(Locale.ROOT))) {
                return j + 1;   // "Jane Roe concluded that the Ruritanian government was behind the attack"
            }
        }
        return from;
    }

    /** Whether token {@code k} names a time: a weekday or month ({@code dates.csv}), "today", "yesterday", "last week". */
    private boolean time(SentenceView view, int k) {
        return lexicon.dates().at(view.words(), k).isPresent()
                || TIMES.contains(view.word(k).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether token {@code k} may describe the noun after it: a word or number, a comma or a hyphen, not a
     * small word that ends a run of modifiers or joins phrases.
     */
    private static boolean describes(SentenceView view, int k) {
        String w = view.word(k).toLowerCase(Locale.ROOT);
        return (view.tokens().get(k).isWord() || w.equals(",") || w.equals("-"))
                && !Attacks.NOT_MODIFIERS.contains(w) && !NOT_DESCRIBING.contains(w) && !PREPOSITIONS.contains(w);
    }

    /**
     * Whether the "for" at token {@code k} follows a word of blame or reaction ({@code attack-reactions.csv}) or a
     * verb of holding to account ({@code accountability-verbs.csv}) within a few words: "blamed Ruritania for the attack", "held Ruritania responsible for the attack", whose
     * party made it; or "responsible" after "is" or "was" ("the Front was responsible for the attack"); not "those
     * responsible for the attack".
     */
    private boolean blamedFor(SentenceView view, int from, int k) {
        int degree = DEGREE.contains(view.word(k - 2)) ? k - 3 : k - 2;   // "was solely responsible for"
        if (view.word(k - 1).equals("responsible") && (passives.contains(view.word(degree))
                || COPULA_PASSIVES.contains(view.word(degree)))) {
            return true;   // "the Front was responsible for the attack": its subject made it
        }
        for (int j = k - 1; j >= Math.max(from, k - BLAMED); j--) {
            String w = view.word(j).toLowerCase(Locale.ROOT);
            if (reactions.contains(w) || holding.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of the "by" that names the attacker after an attack noun's own phrase, ending at {@code end}:
     * "the shelling of Port Elbe by Ruritanian troops", "attacks on the market in Port Elbe by the Front"; -1
     * when the word is a verb ("shelled"), or a clause break, comma, speech verb, passive auxiliary or
     * participle comes first ("the attack that was condemned by …", "the attack killed … by").
     */
    int byAfterPhrase(SentenceView view, int t, int end, int to) {
        String word = view.word(t).toLowerCase(Locale.ROOT);
        if (word.endsWith("ed") || word.equals("struck") || !PHRASE_OPENINGS.contains(view.word(end))) {
            return -1;
        }
        for (int k = end + 1; k < Math.min(to, end + PHRASE_BY); k++) {
            String w = view.word(k).toLowerCase(Locale.ROOT);
            if (w.equals("by")) {
                return k;
            }
            if (lexicon.clauseBreaks().contains(w) || w.equals(",") || passives.contains(w) || w.endsWith("ed")
                    || COPULA_PASSIVES.contains(w) || lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a passive of another verb, with its doer after "by", starts at token {@code k} after the attack
     * word: "were (clearly) enabled by", "was funded by"; the attack is that verb's subject, and what follows
     * tells who did that, not what was attacked.
     */
    boolean passiveOfAnother(SentenceView view, int k, int to) {
        if (!passives.contains(view.word(k)) && !COPULA_PASSIVES.contains(view.word(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(to, k + 4); j++) {
            if (view.word(j).equals("by")) {
                return j > k + 1 && !participles.contains(view.word(j - 1))
                        && !participles.contains(view.word(j - 2));   // not "was carried out by": its attacker
            }
        }
        return false;
    }
}
