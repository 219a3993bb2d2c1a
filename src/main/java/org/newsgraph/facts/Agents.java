package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Finds who does or says something in a sentence: the head of an agent phrase ("Turkish Foreign
 * Minister Mevlut Cavusoglu" is Cavusoglu), the subject of a verb (the agent just before it, the
 * agent a "which" refers to, a pronoun's last referent, or the clause's first agent), and keeps
 * the referents of "he" and "it" from sentence to sentence. Its words are rule lists: the words
 * that may stand between a subject and its verb ({@code subject-fillers.csv}), the pronouns for a
 * person ({@code person-pronouns.csv}) and for a country or organisation ({@code actor-pronouns.csv}),
 * and the verbs whose object only listens ({@code listener-verbs.csv}).
 *
 * <pre>{@code
 * Agents agents = new Agents(lexicon);   // one per article: it remembers who "he" and "it" are
 * String speaker = agents.subjectOf(view, verb.start(), verb.end(), 0, false);
 * }</pre>
 */
final class Agents {
    /** Words before a place that make it where the subject is, not the subject: "groups in Ruritania say". */
    private static final Set<String> PLACE_LINKS = Set.of("in", "at", "near", "from");
    /** Relative pronouns whose antecedent is the subject: "Turkey, which has said". */
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    /** Words after a title that name its owner, so the title is not a bare one: "the Foreign Minister of Ukraine". */
    private static final Set<String> OWNER_WORDS = Set.of("of", "for", "at", "to", "'", "’");

    private final Lexicon lexicon;
    /** Words that may stand between a subject and its verb ("Baku has also said"). */
    private final Set<String> fillers;
    private final Set<String> subordinators;
    /** Prepositions that open a sentence with a phrase before a comma ({@code fronting-prepositions.csv}). */
    private final Set<String> fronting;
    /** "issued a statement" before "saying": the issuer is the speaker ({@code statement-issuing.csv}). */
    private final Phrases<String> issuing = new Phrases<>();
    /** Nouns of {@code demonym-outsiders.csv} that name a group without a plural "s". */
    private static final Set<String> COLLECTIVES = Set.of("opposition", "media", "diaspora", "people", "men", "women");
    /** Pronouns that stand for the person named last. */
    private final Set<String> personPronouns;
    /** Pronouns that stand for the country or organisation named last. */
    private final Set<String> actorPronouns;
    /** Verbs whose object is the listener, not the speaker ("…, told VOA that"). */
    private final Set<String> listenerVerbs;
    private String lastPerson;
    private String lastActor;
    private final Map<String, String> titleHolders = new HashMap<>();
    private final Set<String> outsiderNouns;
    private final Set<String> memberNouns;
    /** Who "she" and "he" can be. */
    private final Genders genders;

    Agents(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.genders = new Genders(lexicon);
        this.fillers = lexicon.words("subject-fillers.csv");
        this.subordinators = lexicon.words("subordinators.csv");
        this.fronting = lexicon.words("fronting-prepositions.csv");
        lexicon.words("statement-issuing.csv").forEach(w -> issuing.add(w, w));
        this.personPronouns = lexicon.words("person-pronouns.csv");
        this.actorPronouns = lexicon.words("actor-pronouns.csv");
        this.listenerVerbs = lexicon.words("listener-verbs.csv");
        this.outsiderNouns = lexicon.words("demonym-outsiders.csv");
        this.memberNouns = lexicon.memberNouns();
    }

    /** Notes who sentence {@code view} marks as a woman or a man ({@link Genders}), for later pronouns. */
    void gendered(SentenceView view) {
        genders.saw(view);
    }

    /** Records that {@code id} acted or spoke, for later pronouns. */
    void saw(String id, Kind kind) {
        if (id == null) {
            return;
        }
        if (kind == Kind.PERSON) {
            lastPerson = id;
            genders.seen(id);
        } else {
            lastActor = id;
        }
    }

    /**
     * Records that {@code person} was named with {@code title}, held at {@code owner} (or null), for a
     * later "the Secretary" or "Austria's minister".
     */
    void titled(String title, String owner, String person) {
        List<String> forms = new ArrayList<>();
        forms.add(title);
        // "Secretary of State Blinken … The Secretary noted": the title's first words stand for it too
        for (int space = title.indexOf(' '); space > 0; space = title.indexOf(' ', space + 1)) {
            forms.add(title.substring(0, space));
        }
        // "Foreign Minister Kovac … the minister said": the title's last word, its head, stands for it too
        int last = title.lastIndexOf(' ');
        if (last > 0) {
            forms.add(title.substring(last + 1));
        }
        for (String form : forms) {
            titleHolders.put(form, person);
            if (owner != null) {
                titleHolders.put(owner + " " + form, person);
            }
        }
    }

    /**
     * The person a bare title in tokens {@code [from, to)} stands for: "the Secretary" with no name
     * after it is the person last named with that title in the article, and "Austria's minister" the
     * person last named with that title held at Austria; null when there is none.
     */
    String titleReferent(SentenceView view, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, view.size()); i++) {
            String owner = possessor(view, i);
            if (!view.word(i).equals("the") && owner == null || view.quoted(i)) {
                continue;
            }
            var title = lexicon.titles().at(view.words(), i + 1);
            if (title.isEmpty() || title.get().end() > to || title.get().end() >= view.size()) {
                continue;
            }
            Mention next = view.mentionAt(title.get().end());
            String holder = titleHolders.get(owner == null ? title.get().value() : owner + " " + title.get().value());
            String after = view.word(title.get().end());
            if (holder != null && (next == null || view.kind(next) != Kind.PERSON)
                    && !view.tokens().get(title.get().end()).isCapitalised() && !OWNER_WORDS.contains(after)) {
                return holder;
            }
        }
        return null;
    }

    /** The country or organisation whose possessive ends at token {@code s} ("Austria's"), or null. */
    private static String possessor(SentenceView view, int s) {
        if (!view.possessiveAt(s - 1)) {
            return null;
        }
        Mention m = view.mentionAt(s - 2);
        return m != null && (view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION) ? m.entityId() : null;
    }

    /**
     * The entity heading the agent phrase that starts with {@code m}: a country, demonym or
     * organisation followed by a title and a person (maybe with its short name in brackets between) is that
     * person, and so is the owner in "the
     * president of Chile, Elena Varga"; an organisation or person after its possessive is itself
     * ("Yemen's Houthi rebels").
     */
    Mention head(SentenceView view, Mention m) {
        if (view.kind(m) == Kind.PERSON) {
            return m;
        }
        int j = view.endToken(m);
        if (view.word(j).equals("(") && view.word(j + 2).equals(")")) {
            j += 3;   // "the Republic of Ruritania (ROR) Foreign Minister Jane Roe": its short name in brackets
        }
        int of = view.firstToken(m) - (view.word(view.firstToken(m) - 1).equals("the") ? 2 : 1);
        if (view.word(of).equals("of") && lexicon.titles().endingAt(view.words(), of).isPresent()) {
            // "the president of Chile, Elena Varga", "the President of Chile Elena Varga": Chile owns the title
            Mention holder = view.mentionAt(view.word(j).equals(",") ? j + 1 : j);
            if (holder != null && view.kind(holder) == Kind.PERSON) {
                return holder;
            }
        }
        if (view.possessiveAt(j)) {
            j += 2;
            Mention owned = view.mentionAt(j);
            if (owned != null && (view.kind(owned) == Kind.ORGANIZATION || view.kind(owned) == Kind.PERSON)
                    && owned.matchType() != MatchType.DEMONYM) {
                return owned;   // "Ruritania's Popular Front fighters": the Front, not Ruritania
            }
        }
        var title = lexicon.titles().at(view.words(), j);
        if (title.isEmpty()) {
            return m;
        }
        j = title.get().end();
        if (view.word(j).equals(",")) {
            j++;
        }
        Mention next = view.mentionAt(j);
        return next != null && view.kind(next) == Kind.PERSON ? next : m;
    }

    /**
     * The person an object pronoun stands for ("police accused him of …"): for "him" and "her" the person
     * who spoke or acted last, with the gender the article marked ({@link Genders#resolve}); null for other
     * words or when nobody was named.
     */
    String personObject(String pronoun) {
        return switch (pronoun) {
            case "him" -> genders.resolve("he", lastPerson);
            case "her" -> genders.resolve("she", lastPerson);
            default -> null;
        };
    }

    /** The head of the first agent phrase in tokens {@code [from, to)}, outside quotations, or null. */
    Mention firstAgent(SentenceView view, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, view.size()); i++) {
            Mention m = view.mentionAt(i);
            if (m != null && !view.quoted(i) && view.isAgent(m) && !outsiders(view, m)) {
                return head(view, m);
            }
        }
        return null;
    }

    /**
     * Whether {@code m} is a demonym before a noun of {@code demonym-outsiders.csv}, a country's possessive
     * before one (maybe with one word between), or a party after one and "of": "the Zambian opposition",
     * "Sudanese protesters", "Zambia's main opposition" are people of the country, not the country acting;
     * "critics of Jane Roe" are not Roe.
     */
    boolean outsiders(SentenceView view, Mention m) {
        int k = view.endToken(m);
        int before = view.firstToken(m) - (view.word(view.firstToken(m) - 1).equals("the") ? 2 : 1);
        String noun = view.word(before - 1).toLowerCase(Locale.ROOT);
        if (view.word(before).equals("of") && outsiderNouns.contains(noun)
                && !(view.kind(m) == Kind.ORGANIZATION && memberNouns.contains(noun))) {
            // "critics of Jane Roe", "supporters of the Front": not Roe, not the Front; but "rebels of the Front"
            // are its members (member-nouns.csv)
            return true;
        }
        if (m.matchType() != MatchType.DEMONYM) {
            // "Ruritania's opposition", "Ruritania's main opposition party": its people, not the country
            return (view.kind(m) == Kind.COUNTRY || CondemnedParty.PLACES.contains(view.kind(m))) && view.possessiveAt(k)
                    && (group(view.word(k + 2)) || view.mentionAt(k + 2) == null
                            && !view.tokens().get(k + 2).isCapitalised() && group(view.word(k + 3)));
        }
        return outsiderNouns.contains(view.word(k)) || outsiderNouns.contains(view.word(k + 1));
    }

    /**
     * Whether a word of {@code demonym-outsiders.csv} names a group after a country's possessive: a plural or
     * a collective noun ("Ruritania's opposition", "Ruritania's protesters"), not "Ruritania's national
     * legislature".
     */
    private boolean group(String word) {
        return outsiderNouns.contains(word) && (word.endsWith("s") || COLLECTIVES.contains(word));
    }

    /** The head of the first agent phrase in the {@code window} tokens from {@code from}, or null. */
    Mention firstAgentAfter(SentenceView view, int from, int window) {
        for (int i = from; i < Math.min(view.size(), from + window); i++) {
            Mention m = view.mentionAt(i);
            if (m != null && view.isAgent(m)) {
                return head(view, m);
            }
        }
        return null;
    }

    /**
     * Whether place {@code m} is only where people who are not its state are: "human rights groups in Ruritania",
     * "witnesses in Port Elbe" (a noun of {@code demonym-outsiders.csv} before "in", "at", "near" or "from");
     * "officials in Ruritania" are its state's.
     */
    private boolean whereOutsidersAre(SentenceView view, Mention m) {
        int link = view.firstToken(m) - 1;
        if (!view.isPlace(m) || !PLACE_LINKS.contains(view.word(link))) {
            return false;
        }
        // "rebels in Ruritania", "rebels fighting for independence in Ruritania's east": a few words may stand between
        for (int k = link - 1; k >= Math.max(0, link - 1 - OUTSIDER_GAP); k--) {
            if (outsiderNouns.contains(view.word(k))) {
                return true;
            }
            if (view.mentionAt(k) != null || !view.tokens().get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The sentence's first mention before token {@code end}, outside quotation marks, that {@code wanted} accepts; or null. */
    private static Mention firstBefore(SentenceView view, int end, java.util.function.Predicate<Mention> wanted) {
        for (int p = 0; p < end; p++) {
            Mention m = view.mentionAt(p);
            if (m != null && !view.quoted(p) && wanted.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** The most words between an outsider noun and "in" before the place: "rebels fighting for independence in". */
    private static final int OUTSIDER_GAP = 3;

    /**
     * The agent before a relative clause that closes at the comma {@code comma}: "Jane Roe, who was head of
     * the Congress," is Jane Roe; null when no ", who" or ", which" right after an agent opens it.
     */
    private String antecedent(SentenceView view, int clauseStart, int comma) {
        for (int k = comma - 1; k > clauseStart + 1; k--) {
            if (view.word(k).equals(",") && !RELATIVES.contains(view.word(k + 1))) {
                return null;   // another comma first: no relative clause closes here
            }
            if ((view.word(k).equals("who") || view.word(k).equals("which")) && view.word(k - 1).equals(",")) {
                Mention before = view.mentionAt(k - 2);
                return before != null && view.isAgent(before) && !view.quoted(k - 2) ? head(view, before).entityId() : null;
            }
        }
        return null;
    }

    String subjectOf(SentenceView view, int verb, int verbEnd, int clauseStart, boolean postposed) {
        if (view.word(verb).equals("quoted") || view.word(verb).equals("saying") && view.word(verb - 1).equals("as")) {
            for (int p = verb - 1; p >= clauseStart; p--) {
                Mention person = view.mentionAt(p);
                if (person != null && view.kind(person) == Kind.PERSON) {
                    return person.entityId();
                }
            }
        }
        int j = verb - 1;
        var issued = issuing.endingAt(view.words(), verb);
        if (issued.isPresent() && issued.get().start() > clauseStart) {
            j = issued.get().start() - 1;   // "the party issued a statement saying …": the party speaks
        }
        while (j >= clauseStart && fillers.contains(view.word(j))) {
            j--;
        }
        String antecedent = view.word(verb - 1).equals(",") ? antecedent(view, clauseStart, verb - 1) : null;
        if (antecedent != null) {
            return antecedent;   // "Jane Roe, who was head of the Congress, says …": Jane Roe speaks
        }
        Mention m = view.mentionAt(j);
        if (m != null && !view.quoted(j) && view.isAgent(m) && !outsiders(view, m)
                && !whereOutsidersAre(view, m)) {
            return m.entityId();   // but "groups in Ruritania say": a place is where they are
        }
        String w = view.word(j);
        if (personPronouns.contains(w)) {
            // "Ferreira praised the police, which he said …": the sentence's first person before the pronoun; not
            // "Roe and Doe had planned it, he said.", where the words before the pronoun are what he says
            Mention person = postposed ? null : firstBefore(view, j,
                    c -> view.kind(c) == Kind.PERSON && !genders.other(w, c.entityId()));
            return person != null ? person.entityId() : genders.resolve(w, lastPerson);
        }
        if (actorPronouns.contains(w)) {
            // "the Front called for an inquiry into what it says was …": the sentence's first party before the pronoun
            Mention party = postposed ? null : firstBefore(view, j, c -> view.isAgent(c) && view.kind(c) != Kind.PERSON
                    && !outsiders(view, c) && !whereOutsidersAre(view, c));
            if (party != null) {
                return head(view, party).entityId();
            }
            // "they" are never one person: "Police say the suspect is Jane Roe. They say Roe …" is not Roe speaking
            return lastActor != null ? lastActor : w.equals("they") ? null : lastPerson;
        }
        if (RELATIVES.contains(w)) {
            int k = j - 1;
            if (view.word(k).equals(",")) {
                k--;
            }
            Mention before = view.mentionAt(k);
            if (before != null && view.isAgent(before)) {
                return before.entityId();
            }
        }
        Mention inverted = view.mentionAt(verbEnd);
        if (inverted != null && !view.quoted(verbEnd) && view.isAgent(inverted)
                && !listenerVerbs.contains(view.word(verb))
                // "Jane Roe, the abbot, condemned Ruritania's reaction": after an apposition's comma, a possessive
                // owns the object ("“…,” said Ruritania's envoy" is Ruritania's)
                && (postposed || !view.word(verb - 1).equals(",") || !view.possessiveAt(view.endToken(inverted)))
                && (postposed || view.word(verb - 1).equals(",") || view.word(verb - 1).equals("”"))) {
            return head(view, inverted).entityId();
        }
        Mention adjective = view.mentionAt(j - 1);
        if (adjective != null && adjective.matchType() == MatchType.DEMONYM && view.endToken(adjective) == j
                && view.firstToken(adjective) >= clauseStart
                && view.isAgent(adjective) && view.tokens().get(j).isWord() && !view.tokens().get(j).isCapitalised()
                && !view.quoted(j) && !outsiderNouns.contains(view.word(j))) {
            // ("Ruritanian media reported": media, protesters or analysts are not their country); also after what
            // they say: "…, Ruritanian officials said."
            return head(view, adjective).entityId();   // "Ugandan police accused …": the country's police
        }
        if (postposed) {
            return null;
        }
        int own = clauseStart;
        for (int k = verb - 1; k > clauseStart; k--) {
            if (subordinators.contains(view.word(k))) {
                own = k + 1;   // "Jane Roe was arrested after the police accused her": the police accuse
                break;
            }
        }
        if (own == clauseStart && fronting.contains(view.word(own))) {
            // "In the video sent to Ruritanian radio by its minister, Jane Roe says …": the fronted phrase ends at
            // its comma, the subject is after it
            for (int k = own + 1; k < verb - 1; k++) {
                if (view.word(k).equals(",")) {
                    own = k + 1;
                    break;
                }
            }
        }
        Mention first = firstAgent(view, own, verb);
        boolean participle = view.word(verb).endsWith("ing") && view.word(verb - 1).equals(",");
        while (first != null
                && (whereOutsidersAre(view, first) || participle && view.possessiveAt(view.endToken(first)))) {
            // "the opposition dismissed Roe's promise, saying …": Roe's promise is the object, not who says it
            // "Human rights groups in Ruritania say …": the place is not who speaks
            first = firstAgent(view, view.endToken(first), verb);
        }
        String titled = titleReferent(view, clauseStart, first == null ? verb : view.firstToken(first));
        if (titled != null) {
            return titled;
        }
        return first == null ? null : first.entityId();
    }
}
