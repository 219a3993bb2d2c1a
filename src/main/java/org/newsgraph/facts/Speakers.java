package org.newsgraph.facts;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Who speaks through a speech verb, for the quotation and claim rules: the verb's subject
 * ({@link Agents#subjectOf}), except that a person beats a country or organisation: the person of
 * an apposition after an inverted verb ("…,” said U.S. Ambassador to the OSCE, Jane Roe") or before
 * the verb ("…,” Roe, the ambassador, said"); and a bare surname next to the verb ("Novak said") is
 * the person the article last named with it ({@link Discourse#surname}), and a bare title next to the verb
 * ("the minister said") the person last named with that title; a document ("the statement said") speaks for
 * its issuer ({@link Documents}); "we" outside quotation marks is the
 * article's own voice ({@link #firstPerson}).
 *
 * <pre>{@code
 * String speaker = Speakers.of(view, verb, clause, postposed, discourse);
 * }</pre>
 */
final class Speakers {
    /** Words that end an apposition looked through for its person. */
    private static final Set<String> STOPS = Set.of(".", ";", "“", "”", "\"", "!", "?");
    /** Auxiliaries between a subject and its verb ("the police have said"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later");
    /** Words between "we" and its verb: "we strongly condemn", "we will continue to urge". */
    private static final Set<String> FIRST_PERSON_FILLERS = Set.of("also", "strongly", "firmly", "again", "fully",
            "deeply", "unequivocally", "once", "further", "will", "would", "must", "do", "continue", "to", "have",
            "today", "now", "therefore", "likewise", "too", "deep", "grave", "serious", "strong", "great", "our",
            "raised", "expressed", "voiced", "conveyed", "regularly", "repeatedly", "consistently", "are", "remain",
            "very", "particularly", "gravely", "increasingly");
    /** Small words between "I" and its verb: "I then told him", "I have today told". */
    private static final Set<String> I_FILLERS = Set.of("then", "just", "today", "again", "personally");
    /** How far back "I" may stand before "and" and a verb that shares it as subject, in tokens. */
    private static final int SHARED_SUBJECT = 16;
    /** How far an apposition runs, in tokens. */
    private static final int APPOSITION = 18;
    /** How far a bare title ("the foreign minister") may stand from its verb, in tokens. */
    private static final int TITLE = 5;

    private Speakers() {
    }

    /** The speaker of {@code verb} in sentence {@code view}, with the clause from token {@code clause}; or null. */
    static String of(SentenceView view, Phrases.Match<SpeechType> verb, int clause, boolean postposed,
            Discourse discourse) {
        String me = lineSpeakerAsI(view, verb.start(), clause, discourse);
        if (me != null) {
            return me;
        }
        String subject = discourse.agents().subjectOf(view, verb.start(), verb.end(), clause, postposed);
        if (subject != null && discourse.kind(subject) == Kind.PERSON) {
            return subject;
        }
        String person = inverted(view, verb);
        if (person == null) {
            person = before(view, verb, clause, discourse.agents());
        }
        if (person == null) {
            person = surname(view, verb, discourse);
        }
        if (person == null) {
            person = bareTitle(view, verb, clause, discourse);
        }
        // "“…,” the statement said": whom the document speaks for
        String document = person == null ? discourse.documents().speaker(view, verb.start(), clause, discourse) : null;
        String organisation = person == null && document == null
                ? organisation(view, verb.start(), clause, discourse) : null;
        String found = person != null ? person : document != null ? document : organisation != null ? organisation
                : subject;
        // "Canada's prime minister said": the person the article names with the title, at its end
        var titled = person == null && document == null && organisation == null
                ? untitled(view, verb.start(), clause, discourse) : null;
        if (titled != null && (found == null || found.equals(titled.owner()))) {
            discourse.untitled(titled);
        }
        return found != null ? found : firstPerson(view, verb.start(), clause, discourse);
    }

    /**
     * The speaker of the transcript line when "I" is the subject of the verb at token {@code verb}, a few small
     * words between ("MR. ROE: … and I then told him that …"); else null.
     */
    private static String lineSpeakerAsI(SentenceView view, int verb, int clause, Discourse discourse) {
        int k = verb - 1;
        while (k > clause && k >= verb - 3 && (AUXILIARIES.contains(view.word(k)) || I_FILLERS.contains(view.word(k)))) {
            k--;
        }
        if (view.word(k).equals("and")) {
            // "I then telephoned the minister and told him that …": the subject both verbs share
            for (int j = k - 1; j > clause && j >= k - SHARED_SUBJECT && !view.word(j).equals(";"); j--) {
                if (view.word(j).equals("i")) {
                    k = j;
                    break;
                }
            }
        }
        if (!view.word(k).equals("i") || view.quoted(k)) {
            return null;
        }
        Transcripts.Line line = discourse.transcriptLine(view, clause);
        return line != null && !line.press() && k >= line.from() ? line.speaker() : null;
    }

    /**
     * The title right before the verb at token {@code verb} (auxiliaries aside) with its owner, a country or
     * organisation, before it and no name after it: "Canada's prime minister said", "the Canadian prime minister has
     * said" ({@link TitledSpeakers}: the person the article names with that title gets the words); or null.
     */
    private static TitledSpeakers.Untitled untitled(SentenceView view, int verb, int clause, Discourse discourse) {
        int k = verb;
        while (k - 1 > clause && AUXILIARIES.contains(view.word(k - 1))) {
            k--;
        }
        var title = discourse.lexicon().titles().endingAt(view.words(), k);
        if (title.isEmpty() || view.mentionAt(k - 1) != null) {
            return null;
        }
        int start = title.get().start();
        Mention owner = view.possessiveAt(start - 2) ? view.mentionAt(start - 3) : view.mentionAt(start - 1);
        if (owner == null || view.firstToken(owner) < clause || view.quoted(view.firstToken(owner))
                || !(discourse.kind(owner.entityId()) == Kind.COUNTRY || discourse.kind(owner.entityId()) == Kind.ORGANIZATION)) {
            return null;
        }
        return new TitledSpeakers.Untitled(view.sentence().index(), owner.entityId(), title.get().value());
    }

    /**
     * "We condemn …", "we strongly urge …" outside quotation marks: in a transcript's line, its speaker;
     * outside a transcript's turns, the article speaks in its own voice, that of the country of its publisher
     * (a government's statement or editorial), else of the publisher itself ({@link Discourse#voice}); null
     * otherwise.
     */
    static String firstPerson(SentenceView view, int verb, int clause, Discourse discourse) {
        int k = verb - 1;
        while (k > clause && FIRST_PERSON_FILLERS.contains(view.word(k))) {
            k--;
        }
        // "As we have said before, …" is an aside, no claim
        if (k < clause || !view.word(k).equals("we") || view.word(k - 1).equals("as") || view.quoted(k)) {
            return null;
        }
        // "SECRETARY ROE: … We stand against …", also in the turn's later paragraphs: the speaker's we
        discourse.transcriptLine(view, clause);   // reads this sentence's line, and so whose turn runs on
        String turn = discourse.transcript().turn();
        if (turn != null) {
            return turn;
        }
        return discourse.turn() == null ? discourse.voice() : null;
    }

    /**
     * The organisation a bare head word just before token {@code verb} stands for ("the police said",
     * "police accused him", "what the party said"; {@link Discourse#organisation}), else the country of the
     * dateline for a body of {@code local-bodies.csv} ({@link Discourse#localBody}), or null.
     */
    static String organisation(SentenceView view, int verb, int clause, Discourse discourse) {
        int k = verb - 1;
        if (k > clause && AUXILIARIES.contains(view.word(k))) {
            k--;
        }
        if (k < clause || view.quoted(k) || view.tokens().get(k).isCapitalised() && k > clause) {
            return null;
        }
        if (view.mentionAt(k) != null) {
            return null;
        }
        String word = view.word(k).toLowerCase(Locale.ROOT);
        String named = discourse.organisation(word);
        return named != null ? named : discourse.localBody(word);   // "Police say …" in a Kathmandu story: Nepal
    }

    /** The person of "said TITLE of COUNTRY, NAME": the first person after the verb, before the sentence's end. */
    private static String inverted(SentenceView view, Phrases.Match<SpeechType> verb) {
        if (!Set.of(",", "”", "\"").contains(view.word(verb.start() - 1))) {
            return null;
        }
        for (int k = verb.end(); k < Math.min(view.size(), verb.end() + APPOSITION); k++) {
            if (stop(view, k)) {
                return null;
            }
            Mention m = view.mentionAt(k);
            if (m != null && view.kind(m) == Kind.PERSON) {
                return m.entityId();
            }
        }
        return null;
    }

    /**
     * The person of "NAME, TITLE, said": a person before a comma-closed apposition just before the verb;
     * or of "TITLE of X, NAME, said": a person between commas just before it.
     */
    private static String before(SentenceView view, Phrases.Match<SpeechType> verb, int clause, Agents agents) {
        if (!view.word(verb.start() - 1).equals(",")) {
            return null;
        }
        Mention named = view.mentionAt(verb.start() - 2);
        if (named != null && view.kind(named) == Kind.PERSON) {
            int first = view.firstToken(named);
            // "The head of Chile's navy, Elena Varga, told …": the name between commas, maybe after a word of
            // address ("A Front spokesman, Sheikh Jan Roe, told …")
            boolean address = first > 1 && view.mentionAt(first - 1) == null && view.tokens().get(first - 1).isWord()
                    && view.tokens().get(first - 1).isCapitalised() && view.word(first - 2).equals(",");
            if (view.word(first - 1).equals(",") || address) {
                return named.entityId();
            }
        }
        Mention opening = view.mentionAt(clause);
        if (opening != null && view.kind(opening) == Kind.PERSON && view.word(view.endToken(opening)).equals(",")
                && !agents.outsiders(view, opening) && noStopBetween(view, view.endToken(opening), verb.start())) {
            return opening.entityId();   // "Jane Roe, a fellow at … and a former envoy to …, says …": a long apposition
        }
        for (int k = verb.start() - 2; k >= Math.max(clause, verb.start() - APPOSITION); k--) {
            if (stop(view, k)) {
                return null;
            }
            if (view.word(k).equals(",")) {
                Mention m = view.mentionAt(k - 1);
                // not "Critics of Jane Roe, 73, accused her": the critics speak, not Roe
                return m != null && view.kind(m) == Kind.PERSON && !agents.outsiders(view, m) ? m.entityId() : null;
            }
        }
        return null;
    }

    /** Whether no token between {@code from} and {@code to} (both excluded) ends an apposition. */
    private static boolean noStopBetween(SentenceView view, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (stop(view, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} ends an apposition: a full stop or quotation mark outside a name ("U.S."). */
    private static boolean stop(SentenceView view, int k) {
        return view.quoted(k) || STOPS.contains(view.word(k)) && view.mentionAt(k) == null;
    }

    /**
     * The person a bare title next to the verb stands for ({@link Agents#titleReferent}): "the minister
     * said", "the envoy told reporters", "…,” said the spokesperson"; the person the article last named
     * with that title, never a country named nearer the verb; null when nobody was named with it.
     */
    private static String bareTitle(SentenceView view, Phrases.Match<SpeechType> verb, int clause,
            Discourse discourse) {
        String before = discourse.agents().titleReferent(view, Math.max(clause, verb.start() - TITLE), verb.start());
        if (before != null) {
            return before;
        }
        if (!Set.of(",", "”", "\"").contains(view.word(verb.start() - 1))) {
            return null; // "Serbia said the minister would resign": the minister is what was said, not who
        }
        return discourse.agents().titleReferent(view, verb.end(), Math.min(view.size(), verb.end() + TITLE));
    }

    /** The person a bare, capitalised surname just before the verb (or just after an inverted one) names. */
    private static String surname(SentenceView view, Phrases.Match<SpeechType> verb, Discourse discourse) {
        for (int k : new int[] {verb.start() - 1, verb.end()}) {
            if (k >= 0 && k < view.size() && view.mentionAt(k) == null && !view.quoted(k)
                    && view.tokens().get(k).isCapitalised()) {
                String person = discourse.surname(view.word(k));
                if (person != null) {
                    return person;
                }
            }
        }
        return null;
    }
}
