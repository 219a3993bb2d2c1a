package org.newsgraph.discover.persons;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * What the person rules look for around a name, read from the rule lists: titles ({@code titles.csv}),
 * speech verbs, verbs only a person does, source cues ({@code source-cues.csv}) and the articles before an
 * apposed title ({@code title-articles.csv}).
 *
 * <pre>{@code
 * Cues cues = Cues.of(lexicon);
 * cues.titleBefore(view, i);   // "Defence Minister" ends right before token i
 * }</pre>
 */
public final class Cues {
    /** How many capitalised words the body of a title may have: "Chairman of the Joint Chiefs of Staff". */
    private static final int MAX_BODY_WORDS = 6;
    /** Small words inside a title's body: "Secretary of State for European and Eurasian Affairs". */
    private static final Set<String> BODY_LINKS = Set.of("of", "for", "and");
    /** Words after which an apposition's words are another clause: "Paris, where the president …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "that", "where", "when",
            "said", "says", "as", "while", "after", "before", "if");

    private final Lexicon lexicon;
    private final Phrases<String> sources;
    private final Set<String> titleArticles;
    private final Set<String> honorifics;
    private final Set<String> fillers;
    private final Set<String> roles;
    private final Phrases<String> handlers;
    private final Set<String> organisationNouns;
    /** The words of address of {@code name-honorifics.csv}, dotted ones too ("H.E."). */
    private final WordsOfAddress address;
    /** Speaker lines as copies of a parliament's record print them. */
    private final StampedLines stampedLines;
    /** Members named after their seats. */
    private final Seats seats;
    /** The last words of a title's portfolio ({@code portfolio-words.csv}: "Security", "Affairs"). */
    private final Set<String> portfolios;
    private final Set<String> listHeads;
    /** Plural nouns for people, of "one of the protesters": those of {@code list-heads.csv} and {@code demonym-outsiders.csv}. */
    private final Set<String> peoplePlurals = new java.util.HashSet<>();
    /** Words by which a group names itself ({@code self-naming.csv}) and the nouns for the groups that do. */
    private final Phrases<String> selfNaming = new Phrases<>();
    private final Set<String> namingGroups = new java.util.HashSet<>();
    /** Verbs of being ({@code copular-verbs.csv}): ", who is the president of …" follows only a person. */
    private final Phrases<String> copulas = new Phrases<>();

    private Cues(Lexicon lexicon, Phrases<String> sources, Set<String> titleArticles) {
        this.lexicon = lexicon;
        this.sources = sources;
        this.titleArticles = titleArticles;
        this.honorifics = lexicon.words("name-honorifics.csv");
        this.address = new WordsOfAddress(honorifics);
        this.stampedLines = new StampedLines(lexicon);
        this.seats = new Seats(lexicon);
        this.fillers = lexicon.words("subject-fillers.csv");
        this.roles = lexicon.words("person-nouns.csv");
        this.handlers = new Phrases<>();
        lexicon.words("person-object-verbs.csv").forEach(w -> handlers.add(w, w));
        this.organisationNouns = lexicon.words("organisation-nouns.csv");
        this.portfolios = lexicon.words("portfolio-words.csv");
        this.listHeads = lexicon.words("list-heads.csv");
        peoplePlurals.addAll(listHeads);
        lexicon.words("demonym-outsiders.csv").stream().filter(w -> w.endsWith("s")).forEach(peoplePlurals::add);
        lexicon.files().rows("self-naming.csv", List.of("phrase", "nouns"))
                .forEach(r -> selfNaming.add(r.required("phrase").toLowerCase(Locale.ROOT), r.required("nouns")));
        namingGroups.addAll(lexicon.words("demonym-outsiders.csv"));
        namingGroups.addAll(organisationNouns);
        lexicon.words("copular-verbs.csv").forEach(w -> copulas.add(w, w));
    }

    /**
     * Whether the name at token {@code i} is the one a group gives itself: a noun for a group (maybe a relative
     * pronoun), a phrase of {@code self-naming.csv} and maybe "the" right before it ("insurgents calling themselves
     * Ahlu Sunnah Wa-Jamo", "a militia known as the Mai Mai Kivu"), also for a name that starts inside that run
     * ("Sunnah Wa-Jamo"): an organisation's name, no person's.
     */
    public boolean selfNamedBefore(SentenceView view, int i) {
        int first = i;   // the run of capitalised words the name is part of: "Ahlu Sunna Wa-Jamaa", not "Sunna Wa-Jamaa"
        while (first > 0 && view.tokens().get(first - 1).isWord() && view.tokens().get(first - 1).isCapitalised()) {
            first--;
        }
        int end = view.word(first - 1).equals("the") ? first - 1 : first;
        var naming = selfNaming.endingAt(view.words(), end);
        if (naming.isEmpty()) {
            return false;
        }
        int k = naming.get().start() - 1;
        if (Set.of("that", "who", "which").contains(view.word(k))) {
            k--;
        }
        // "a group called the Elbe Front"; "called" and "named" after no noun of a group of people ("a man called")
        return naming.get().value().equals("organisation") ? organisationNouns.contains(view.word(k))
                : namingGroups.contains(view.word(k));
    }

    /** The cues of the rules folder of {@code lexicon}. */
    public static Cues of(Lexicon lexicon) {
        Phrases<String> sources = new Phrases<>();
        lexicon.words("source-cues.csv").forEach(w -> sources.add(w, w));
        return new Cues(lexicon, sources, lexicon.words("title-articles.csv"));
    }

    /** Whether a title, or a noun only a person is ({@code person-nouns.csv}: "rival", "lawyer"), starts at token {@code k}. */
    private boolean titleOrRoleAt(SentenceView view, int k) {
        return lexicon.titles().at(view.words(), k).isPresent() || roleAt(view, k);
    }

    /** Whether token {@code k} is a noun only a person is ({@code person-nouns.csv}: "journalist", "activist"). */
    public boolean roleAt(SentenceView view, int k) {
        return k >= 0 && k < view.size() && roles.contains(view.word(k));
    }

    /** Where a word of address right before token {@code i} starts ({@link #pastHonorific}), else {@code i}. */
    public int addressStart(SentenceView view, int i) {
        return pastHonorific(view, i);
    }

    /**
     * Whether the name {@code [start, end)} opens a speaker line with the time of the speech at its end, a title right
     * after the name: "Jane Roe Shadow Secretary of State (Defence), Member, Labour Party 4:04, 3 July 1991"; or with
     * the seat and party in brackets after the name, nothing more: "Jane Roe (Leeds North) (Lab)".
     */
    public boolean opensStampedLine(SentenceView view, int start, int end) {
        return start == 0 && stampedLines.opens(view, end);
    }

    /**
     * Whether an opening bracket right before token {@code i} follows a member's seat: "the hon. Member for Leeds
     * North (", capitalised words after "for" and a noun of {@code seat-nouns.csv}.
     */
    public boolean seatBefore(SentenceView view, int i) {
        return seats.start(view, i - 1) >= 0;
    }

    /** Whether a word of address ({@code name-honorifics.csv}) stands right before token {@code i}: "Ms. Roque", "Mr Abara". */
    public boolean honorificBefore(SentenceView view, int i) {
        return pastHonorific(view, i) < i;
    }

    /** Whether a verb whose object only a person is ({@code person-object-verbs.csv}: "arrested") ends right before token {@code i}. */
    public boolean handledBefore(SentenceView view, int i) {
        return handlers.endingAt(view.words(), i).isPresent();
    }

    /**
     * Whether "one of the" and a plural noun for people (one describing word may stand before it) start at token
     * {@code i}: "one of the protesters", "one of the organizers' leaders", "one of its senior officials".
     */
    private boolean oneOfPeople(SentenceView view, int i) {
        if (!view.word(i).equals("one") || !view.word(i + 1).equals("of")) {
            return false;
        }
        int k = Set.of("the", "its", "their", "his", "her").contains(view.word(i + 2)) ? i + 3 : i + 2;
        return peoplePlurals.contains(view.word(k))
                || view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised() && peoplePlurals.contains(view.word(k + 1));
    }

    /** How many capitalised words a member of a list of names before a name may have. */
    private static final int LIST_MEMBER = 4;

    /**
     * Whether the name at token {@code i} is a member of a list of full names ("Jane Roe, John Doe and Ivo
     * Brandt") that opens right after a verb whose object only a person is ("designated Jane Roe, …") or after a
     * plural noun for people and a colon ({@code list-heads.csv}: "officials: Jane Roe, …").
     */
    public boolean listOfPeopleBefore(SentenceView view, int i) {
        int k = i;
        while (true) {
            if (k != i && handledBefore(view, k)
                    || view.word(k - 1).equals(":") && listHeads.contains(view.word(k - 2))) {
                return true;
            }
            int j = k - 1;
            if (view.word(j).equals("and")) {
                j--;
            }
            if (view.word(j).equals(",")) {
                j--;
            }
            if (j == k - 1) {
                return false;   // no comma or "and" before the member: the list opened nowhere
            }
            int words = 0;
            while (j >= 0 && view.tokens().get(j).isWord() && view.tokens().get(j).isCapitalised()) {
                j--;
                words++;
            }
            if (words < 2 || words > LIST_MEMBER) {
                return false;
            }
            k = j + 1;
        }
    }

    /**
     * Whether a title alone ends right before token {@code i} ("Defence Minister").
     */
    public boolean titleRightBefore(SentenceView view, int i) {
        return lexicon.titles().endingAt(view.words(), i).isPresent();
    }

    /**
     * Whether a title right before token {@code i} follows "by": the author a heading names ("Statement by
     * Ambassador Jane Roe", "Remarks by Secretary John Doe"), a name even in a heading in Title Case.
     */
    public boolean authorBefore(SentenceView view, int i) {
        int at = pastHonorific(view, i);
        return lexicon.titles().endingAt(view.words(), at).map(t -> view.word(t.start() - 1).equals("by"))
                .orElse(false);
    }

    /**
     * Whether a title ends right before token {@code i}, alone ("Defence Minister") or with the body it is of:
     * "Speaker of the Mongolian Parliament Zandanshatar", "Chairman of the Joint Chiefs of Staff Mark Milley".
     */
    public boolean titleBefore(SentenceView view, int i) {
        int at = pastHonorific(view, i);
        return lexicon.titles().endingAt(view.words(), at).isPresent() || afterTitleOfBody(view, at);
    }

    /**
     * Where a word of address right before token {@code i} starts ("Dr." in "Foreign Minister Dr. Jane Roe",
     * "H.E." in "Ambassador H.E. Jane Roe"; {@code name-honorifics.csv}), else {@code i}.
     */
    private int pastHonorific(SentenceView view, int i) {
        return address.endingBefore(view, i);
    }

    /**
     * Whether a title and the body it is of stand right before token {@code i}. The body is capitalised
     * words or mentions, one of them a mention or an organisation word; or, after "for", a portfolio of
     * capitalised words ending right before the name ("Special Envoy for Sudan Tom Roe").
     */
    private boolean afterTitleOfBody(SentenceView view, int i) {
        int j = i - 1;
        boolean body = false;
        int words = 0;
        boolean portfolioBefore = i > 0 && (view.tokens().get(i - 1).isCapitalised() || view.mentionAt(i - 1) != null);
        while (j >= 0 && words < MAX_BODY_WORDS && view.tokens().get(j).isWord()
                && (view.tokens().get(j).isCapitalised() || view.mentionAt(j) != null || BODY_LINKS.contains(view.word(j)))) {
            body |= view.mentionAt(j) != null || lexicon.organisationWords().contains(view.word(j));
            boolean titled = j > 0 && lexicon.titles().endingAt(view.words(), j).isPresent();
            if (view.word(j).equals("of") && titled) {
                // "Minister of the Interior of Ruritania Jane Roe"; "Minister of National Security Jane Roe"
                return (body || portfolios.contains(view.word(i - 1))) && j + 1 < i;
            }
            if (view.word(j).equals("for") && titled) {
                // "Special Envoy for Sudan Tom Roe", "Assistant Secretary for European and Eurasian Affairs Jane Roe"
                return j + 1 < i && portfolioBefore;
            }
            words++;
            j--;
        }
        // "director of the Institute for Peace Studies": a body's name ends in a mention or a word of a body
        boolean ends = i > 0 && (view.mentionAt(i - 1) != null || lexicon.organisationWords().contains(view.word(i - 1))
                || portfolios.contains(view.word(i - 1)));
        if (j > 0 && view.word(j).equals("the") && view.word(j - 1).equals("of")) {
            return body && ends && lexicon.titles().endingAt(view.words(), j - 1).isPresent();
        }
        return false;
    }

    /**
     * Whether a title ends right before the comma (or colon) at token {@code comma}, maybe followed by
     * "of", "to" or "for" and a country or organisation: "the defence minister of Peru," "a top
     * commander,", "Permanent Representative to the United Nations,", "Prime Minister:".
     */
    public boolean titleBeforeComma(SentenceView view, int comma) {
        int at = comma;
        Mention owner = at > 0 ? view.mentionAt(at - 1) : null;
        if (owner != null && (view.kind(owner) == Kind.COUNTRY || view.kind(owner) == Kind.ORGANIZATION)) {
            at = view.firstToken(owner);
            if (at > 0 && view.word(at - 1).equals("the")) {
                at--;
            }
            if (at < 2 || !Set.of("of", "to", "for").contains(view.word(at - 1))) {
                return false;
            }
            at--;
        } else if (owner == null) {
            if (afterTitleOfBody(view, comma)) {
                // "the leader of the Freedom and Justice Front, Jane Roe": a body not yet a mention
                return true;
            }
            // "Deputy Commissioner of Police, Jane Roe": the title's portfolio, capitalised words no mention covers
            int k = at - 1;
            while (k > 0 && at - k <= PORTFOLIO && view.mentionAt(k) == null && view.tokens().get(k).isWord()
                    && view.tokens().get(k).isCapitalised()) {
                k--;
            }
            if (k < at - 1 && k > 0 && Set.of("of", "for").contains(view.word(k))) {
                at = k;
            }
        }
        return at > 0 && (lexicon.titles().endingAt(view.words(), at).isPresent() || roleAt(view, at - 1));
    }

    /** The most capitalised words of a title's portfolio before the comma and its holder's name. */
    private static final int PORTFOLIO = 3;

    /**
     * A title at token {@code i} after an optional article and owner: ", a research associate",
     * ", Eritrea's information minister", ", the U.N. special rapporteur", ", the opposition's deputy
     * secretary"; one adjective may come first
     * ("a senior research associate").
     */
    public boolean titleAfter(SentenceView view, int i) {
        if (oneOfPeople(view, i)) {
            return true;   // "Jane Roe, one of the protesters who …"
        }
        int at = titleArticles.contains(view.word(i)) ? i + 1 : i;
        if (view.mentionAt(at) == null && (view.word(at + 1).equals("'") || view.word(at + 1).equals("’"))
                && view.word(at + 2).equals("s")) {
            at += 3;   // "the opposition's deputy secretary"
        }
        Mention owner = view.mentionAt(at);
        if (owner != null && view.firstToken(owner) == at) {
            int k = view.endToken(owner);
            if ((view.word(k).equals("'") || view.word(k).equals("’")) && view.word(k + 1).equals("s")) {
                at = k + 2;
            } else {
                // "the U.N. special rapporteur", "the Kenyan foreign minister"
                at = k;
            }
        }
        // up to two words before the title ("a senior adviser", "deputy national director for operations"),
        // four when none of them opens a clause ("program and development manager for …")
        boolean opened = false;
        for (int k = at; k <= at + 4 && k < view.size(); k++) {
            if (titleOrRoleAt(view, k)) {
                return k <= at + 2 || !opened;
            }
            if (k > at && (!view.tokens().get(k).isWord() || view.tokens().get(k).isCapitalised())) {
                return false;
            }
            opened |= CLAUSE_OPENERS.contains(view.word(k));
        }
        return false;
    }

    /**
     * Whether the capitalised words from token {@code i}, maybe past a title's possessive, reach an
     * organisation word within three words: "Chief Federal Prosecutor's Office", "Special Counsel's Office" —
     * the words before are that body's name, not a person's.
     */
    public boolean organisationAhead(SentenceView view, int i) {
        for (int k = i; k < Math.min(view.size(), i + 5); k++) {
            String w = view.word(k);
            if (lexicon.organisationWords().contains(w) && view.tokens().get(k).isCapitalised()) {
                return true;   // not "President Jane Roe's government"
            }
            boolean possessive = (w.equals("'") || w.equals("’")) && view.word(k + 1).equals("s");
            if (possessive) {
                k++;
                continue;
            }
            if (!view.tokens().get(k).isWord() || !view.tokens().get(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case noun of {@code organisation-nouns.csv} stands right before token {@code i}, after "the",
     * "a" or "an" and at most four describing words: "the Barcelona newspaper La Vanguardia", "the mercenary group
     * Wagner", "a Dakar-based rights group Sahel Justice" name an organisation, not a person.
     */
    public boolean organisationNounBefore(SentenceView view, int i) {
        if (i < 1 || !organisationNouns.contains(view.word(i - 1)) || view.tokens().get(i - 1).isCapitalised()) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
            if (ARTICLES.contains(view.word(k))) {
                return true;
            }
            if (!view.tokens().get(k).isWord() && !view.word(k).equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a place word of {@code place-words.csv} and "of" stand right before token {@code i}: "residents of the
     * village of Kapu Dala say …" name a village, not a person who speaks.
     */
    public boolean placeWordBefore(SentenceView view, int i) {
        return i >= 2 && view.word(i - 1).equals("of") && lexicon.placeWords().endingAt(view.words(), i - 1).isPresent();
    }

    /** The articles that open a description of an organisation: "the mercenary group", "a rights group". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Whether a speech verb starts at token {@code i}: "said", "told". */
    public boolean speechVerbAt(SentenceView view, int i) {
        return lexicon.speechVerbs().at(view.words(), i).isPresent();
    }

    /**
     * Whether a speech verb starts at token {@code i} or after up to two words of {@code subject-fillers.csv}
     * there ("Jane Roe then suggested", "Jane Roe has also said").
     */
    public boolean speechVerbAfter(SentenceView view, int i) {
        int k = i;
        while (k < i + 2 && k < view.size() && fillers.contains(view.word(k))) {
            k++;
        }
        return speechVerbAt(view, k);
    }

    /** "said Jane Doe": a saying verb right before token {@code i}, after a quotation or a comma. */
    public boolean saidBefore(SentenceView view, int i) {
        var verb = lexicon.speechVerbs().endingAt(view.words(), i);
        if (verb.isEmpty() || verb.get().value() != Lexicon.SpeechType.SAY) {
            return false;
        }
        String before = view.word(verb.get().start() - 1);
        return before.equals(",") || before.equals("”") || before.equals("\"");
    }

    /**
     * Whether a verb only a person does starts at token {@code i}, or after an adverb or ", who" there: "reports
     * for", "tweeted", "subsequently was installed as", ", who served as"; or ", who", a verb of being
     * ({@code copular-verbs.csv}) and a title: ", who is the president of …".
     */
    public boolean personVerbAt(SentenceView view, int i) {
        int k = i;
        if (view.word(k).equals(",") && view.word(k + 1).equals("who")) {
            k += 2;   // "Jane Roe, who served as …"
            var copula = copulas.at(view.words(), k);
            if (copula.isPresent()) {
                // "Jane Roe, who is the president of …", "…, who was a minister": a title only a person holds
                int title = titleArticles.contains(view.word(copula.get().end())) ? copula.get().end() + 1 : copula.get().end();
                if (lexicon.titles().at(view.words(), title).isPresent()) {
                    return true;
                }
            }
        }
        if (view.word(k).endsWith("ly") && view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised()) {
            k++;   // "Jane Roe subsequently was installed as …"
        }
        return lexicon.personVerbs().at(view.words(), k).isPresent();
    }

    /** Whether a source cue ends right before token {@code i}: "according to". */
    public boolean sourceBefore(SentenceView view, int i) {
        return sources.endingAt(view.words(), i).isPresent();
    }
}
