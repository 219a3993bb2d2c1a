package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon.Relation;
import org.newsgraph.lexicon.Lexicon.RelationCue;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The party a claim's words blame, read from the blame words of {@code relation-cues.csv} (relation
 * {@code blame}) by where each word's party stands:
 * <ul>
 * <li>{@code possessive}: a wrong the party did, named by its possessive before the word or by "by"
 * after it ("Ruritania's provocations", "abuses by the Ruritanian army");</li>
 * <li>{@code subject}: the party doing it, the subject of the word's own clause ("the army is to blame",
 * "the ruling party was using the courts to harass its critics"), or, after a passive auxiliary, the
 * party after "by" ("protesters were harassed by the police");</li>
 * <li>{@code predicate}: the first party of the clause a judging predicate ends (an adjective of
 * {@code judging-adjectives.csv} after "be", maybe with words of degree: "was utterly unacceptable"; "Ruritania's
 * deployment was provocative", "efforts by Jane Roe to annul the vote are illegal").</li>
 * <li>{@code after}: the party after the word ("the responsibility falls on Ruritania").</li>
 * <li>{@code deed}: the subject of "is" or "was" before the word, when an attack or another deed of blame
 * follows it ("the Front was responsible for the bombing"; not "the ministry is responsible for trade").</li>
 * </ul>
 * A claim that speaks to an addressee ("urged Ruritania to stop its provocations") blames it through
 * a possessive of {@code addressee-possessives.csv}.
 *
 * <pre>{@code
 * String blamed = new Blame(lexicon).in(view, from, to, addressee, discourse);
 * }</pre>
 */
final class Blame {
    /** How far before a blame word its subject may stand, in tokens. */
    private static final int SUBJECT = 8;
    /** How many words of its own a demonym's phrase may have before its short name in brackets. */
    private static final int GLOSS = 5;
    /** How far after a blame word "by" and its party may stand, in tokens. */
    private static final int BY = 8;
    /** Relative pronouns: a subject before one belongs to another clause ("the envoy, who said the army …"). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    /** How far after "responsible for" the deed may stand. */
    private static final int DEED = 6;
    /** How many words of an aside may stand between "be" and "responsible for" ("is without a doubt responsible"). */
    private static final int ASIDE = 4;
    /** Forms of "be" before "responsible for" (the passive auxiliaries "was", "were", "been" aside). */
    private static final Set<String> COPULAS = Set.of("is", "are", "be", "remains", "remain");
    /** Nouns of deaths a party may be responsible for. */
    private static final Set<String> DEATHS = Set.of("death", "deaths", "killing", "killings", "murder", "murders");
    /** Forms of "be" before a judging adjective ("is", "was", "has been", "remains"). */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "remains", "remain",
            "remained");
    /** How many words of degree may stand between "be" and a judging adjective ("was utterly unacceptable"). */
    private static final int DEGREES = 2;
    /** The cue a judging predicate stands for. */
    private static final RelationCue PREDICATE = new RelationCue(Relation.BLAME, "predicate");
    /** Words that deny a deed next to its word. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "n't", "nobody");

    private final Lexicon lexicon;
    private final Set<String> addresseePossessives;
    private final Set<String> passives;
    private final Set<String> breaks;
    private final Set<String> regimes;
    private final Set<String> judging;
    private final Set<String> territory;
    private final Set<String> targeted;

    Blame(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.addresseePossessives = lexicon.words("addressee-possessives.csv");
        this.passives = lexicon.words("passive-auxiliaries.csv");
        this.regimes = lexicon.words("regime-nouns.csv");
        this.judging = lexicon.words("judging-adjectives.csv");
        this.territory = lexicon.words("territory-nouns.csv");
        this.targeted = lexicon.words("target-prepositions.csv");
        // "to" ends an event's stretch, but not a subject's: "the party was using the courts to harass"
        this.breaks = lexicon.words("clause-breaks.csv").stream().filter(w -> !w.equals("to"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The party blamed in tokens {@code [from, to)} of {@code view}, or null; {@code addressee} is a call's addressee. */
    String in(SentenceView view, int from, int to, String addressee, Discourse discourse) {
        List<Phrases.Match<RelationCue>> cues = new ArrayList<>(lexicon.relations().all(view.words(), from, to));
        cues.addAll(judged(view, from, to));
        cues.sort(Comparator.comparingInt(Phrases.Match::start));
        for (Phrases.Match<RelationCue> cue : cues) {
            if (cue.value().relation() != Relation.BLAME) {
                continue;
            }
            String party = switch (cue.value().position()) {
                case "possessive" -> {
                    String owner = possessive(view, from, cue.start(), addressee);
                    yield owner != null ? owner : by(view, cue.end(), to, discourse);
                }
                case "subject" -> denied(view, cue) ? null : passives.contains(view.word(cue.start() - 1))
                        ? by(view, cue.end(), to, discourse) : subject(view, from, cue.start(), discourse);
                case "predicate" -> denied(view, cue) ? null : doer(view, from, cue.start());
                case "deed" -> {
                    int be = copula(view, from, cue.start());   // "is responsible", "is without a doubt responsible"
                    yield be >= 0 && deedAfter(view, cue.end(), to) && !denied(view, cue)
                            ? subject(view, from, be, discourse) : null;
                }
                default -> after(view, cue.end(), to);
            };
            if (party != null) {
                return party;
            }
        }
        return null;
    }

    /**
     * The judging predicates in tokens {@code [from, to)}: a form of "be" ({@link #BE}), at most
     * {@value #DEGREES} words of degree ("utterly", "so"), and an adjective of {@code judging-adjectives.csv}
     * ("was utterly unacceptable"), each as a cue of position {@code predicate} from "be" to the adjective.
     */
    private List<Phrases.Match<RelationCue>> judged(SentenceView view, int from, int to) {
        List<Phrases.Match<RelationCue>> found = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!BE.contains(view.word(k).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = k + 1;
            while (j < Math.min(to, k + 1 + DEGREES) && degree(view.word(j))) {
                j++;
            }
            if (j < to && judging.contains(view.word(j).toLowerCase(Locale.ROOT))) {
                found.add(new Phrases.Match<>(PREDICATE, k, j + 1));
            }
        }
        return found;
    }

    /** Whether a word tells a degree: "utterly", "deeply", "so", "very", "wholly", "totally". */
    private static boolean degree(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ly") && w.length() > 3 || w.equals("so") || w.equals("very") || w.equals("most")
                || w.equals("quite");
    }

    /**
     * The token of the form of "be" (or passive auxiliary) before the word at {@code cue}, right before it or
     * with at most {@value #ASIDE} words of an aside between that name no party ("is without a doubt
     * responsible", "was clearly responsible"); -1 when there is none.
     */
    private int copula(SentenceView view, int from, int cue) {
        for (int k = cue - 1; k >= Math.max(from, cue - 1 - ASIDE); k--) {
            String w = view.word(k);
            if (passives.contains(w) || COPULAS.contains(w)) {
                return k;
            }
            if (view.mentionAt(k) != null || breaks.contains(w) || RELATIVES.contains(w) || !view.tokens().get(k).isWord()
                    && !w.equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether an attack or a deed of blame follows within {@link #DEED} tokens of token {@code after}, before
     * {@code to}: "responsible for the bombing", "responsible for the deaths of", "responsible for its abuses".
     */
    private boolean deedAfter(SentenceView view, int after, int to) {
        int end = Math.min(to, after + DEED);
        for (int k = after; k < end; k++) {
            var trigger = lexicon.triggers().at(view.words(), k);
            if (trigger.isPresent() && trigger.get().value() == EventKind.ATTACK
                    || DEATHS.contains(view.word(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return lexicon.relations().all(view.words(), after, end).stream()
                .anyMatch(c -> c.value().relation() == Relation.BLAME && !c.value().position().equals("deed"));
    }

    /** Whether the deed is denied: "violated no law", "did not harass", "never intimidated". */
    private boolean denied(SentenceView view, Phrases.Match<RelationCue> cue) {
        if (NEGATIONS.contains(view.word(cue.end()))) {
            return true;
        }
        for (int k = cue.start() - 1; k >= Math.max(0, cue.start() - 3); k--) {
            if (NEGATIONS.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party whose possessive stands just before the word ("Ruritania's provocations", "the Roe regime's
     * crackdown", {@code regime-nouns.csv}), or whose
     * demonym does, maybe with one word between ("Ruritanian aggression", "Ruritanian military
     * aggression"); or the addressee ("its").
     */
    private String possessive(SentenceView view, int from, int cue, String addressee) {
        for (int k = cue - 1; k >= Math.max(from, cue - 7); k--) {
            Mention m = view.mentionAt(k);
            int end = m != null ? view.endToken(m) : k + 1;
            int mark = regimes.contains(view.word(end).toLowerCase(Locale.ROOT)) ? end + 1 : end;   // "the Roe regime's"
            if (m != null && view.isAgent(m) && (view.word(mark).equals("'") || view.word(mark).equals("’"))) {
                return m.entityId();
            }
            if (m != null && view.isAgent(m) && m.matchType() == MatchType.DEMONYM && view.endToken(m) >= cue - 1) {
                return m.entityId();   // "Russian aggression", "Russian military aggression"
            }
            if (addresseePossessives.contains(view.word(k))) {
                return addressee;
            }
        }
        return null;
    }

    /**
     * The party after "by" in the few tokens after the word, before its clause ends, or after "from" when it
     * is no place ("aggression from Ruritania"); or null. A demonym
     * before a head word of {@code organisation-heads.csv} is the organisation the article last named with
     * that word, or else the only one it names with it anywhere ("by Elbonian police", "the Elbonia Police
     * Service"), else its country.
     */
    private String by(SentenceView view, int after, int to, Discourse discourse) {
        for (int k = after; k < Math.min(to, after + BY); k++) {
            if (breaks.contains(view.word(k)) || view.word(k).equals(",")) {
                return null;
            }
            if (view.word(k).equals("from") && k <= after + 1) {
                // "aggression from Ruritania", "the coercion coming from Ruritania": a party, not a place
                Mention source = view.mentionAt(k + 1) != null ? view.mentionAt(k + 1) : view.mentionAt(k + 2);
                return source != null && view.isAgent(source) && !CondemnedParty.PLACES.contains(view.kind(source))
                        && source.matchType() != MatchType.DEMONYM ? source.entityId() : null;
            }
            if (view.word(k).equals("by")) {
                int end = k + 5;
                for (int j = k + 1; j < Math.min(view.size(), end); j++) {
                    if (view.word(j).equals("and")) {
                        end = j + 4;   // "fraud by the electoral commission and the ruling Union"
                    }
                    Mention m = view.mentionAt(j);
                    if (m != null && view.isAgent(m)) {
                        String body = m.matchType() == MatchType.DEMONYM
                                ? discourse.organisationAnywhere(view.word(view.endToken(m))) : null;
                        String glossed = m.matchType() == MatchType.DEMONYM ? glossed(view, view.endToken(m)) : null;
                        return glossed != null ? glossed : body != null ? body
                                : discourse.agents().head(view, m).entityId();   // "by Ruritania's State Security Service"
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The organisation a demonym's phrase names by its short name in brackets after a few words of its own: "the
     * Ruritanian military intelligence service (RMI)" is the RMI; null when no bracket follows.
     */
    private static String glossed(SentenceView view, int from) {
        for (int k = from; k < Math.min(view.size(), from + GLOSS); k++) {
            if (view.word(k).equals("(")) {
                Mention named = view.mentionAt(k + 1);
                return named != null && view.isAgent(named) && view.word(view.endToken(named)).equals(")")
                        ? named.entityId() : null;
            }
            if (!view.tokens().get(k).isWord() || view.mentionAt(k) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of the word's clause: the nearest party before it, with no other party, relative
     * pronoun or clause break between; or null.
     */
    private String subject(SentenceView view, int from, int cue, Discourse discourse) {
        for (int k = cue - 1; k >= Math.max(from, cue - SUBJECT); k--) {
            String organisation = Speakers.organisation(view, k + 1, from, discourse);
            if (organisation != null) {
                return organisation;   // "the police were to blame"
            }
            Mention m = view.mentionAt(k);
            if (m != null) {
                boolean possessed = view.word(view.endToken(m)).equals("'") || view.word(view.endToken(m)).equals("’");
                return view.isAgent(m) && !possessed ? m.entityId() : null;
            }
            if (RELATIVES.contains(view.word(k)) || breaks.contains(view.word(k)) || view.word(k).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The doer of what a predicate judges ("China's introduction of an oil rig was provocative", "efforts
     * by Jane Roe to annul the vote are illegal"): the party after "by" in the clause the predicate ends, else
     * its first party that is no target (after a word of {@code target-prepositions.csv}: "the attack on Ruritania") nor whose ground was hit ("Ruritanian
     * airspace", {@code territory-nouns.csv}); the clause starts after the last clause break, comma or relative
     * pronoun before the predicate; or null.
     */
    private String doer(SentenceView view, int from, int cue) {
        int start = from;
        for (int k = cue - 1; k >= from; k--) {
            if (RELATIVES.contains(view.word(k)) || breaks.contains(view.word(k)) || view.word(k).equals(",")) {
                start = k + 1;
                break;
            }
        }
        String first = null;
        for (int k = start; k < cue; k++) {
            Mention m = view.mentionAt(k);
            if (m == null || !view.isAgent(m) || view.quoted(k)) {
                continue;
            }
            if (view.wordBefore(k).equals("by")) {
                return m.entityId();   // "the incursion into its airspace by Ruritanian drones was unacceptable"
            }
            boolean aimedAt = targeted.contains(view.wordBefore(k));
            boolean ground = territory.contains(view.word(view.endToken(m)).toLowerCase(Locale.ROOT));
            if (first == null && !aimedAt && !ground) {
                first = m.entityId();   // not "the attack on Ruritania", "Ruritanian airspace": what was hit
            }
            k = view.endToken(m) - 1;
        }
        return first;
    }

    /** The first party after the word, within the span (and the token after it). */
    private static String after(SentenceView view, int after, int to) {
        for (int k = after; k < Math.min(to + 1, view.size()); k++) {
            Mention m = view.mentionAt(k);
            if (m != null && view.isAgent(m)) {
                return m.entityId();
            }
        }
        return null;
    }
}
