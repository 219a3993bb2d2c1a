package org.newsgraph.facts;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The event rules, one event of each kind a sentence's triggers ({@code event-triggers.csv}) name
 * (rule {@code event-} and the kind): a clash with the parties after "between" or in its own clause
 * (after the last speech verb or clause break before it, not the speaker of a trailing "…, X said"), a meeting
 * with its subject (after the last speech verb before it, or the speaker when a pronoun stands
 * there: "Ruritania said it met Elbonia") and the parties after it, a statement
 * with the sentence's speakers, a ceasefire with the parties of its own clause as a clash has them, none
 * but those after "between" when it is broken ("accused Elbonia of breaking the ceasefire",
 * {@code ceasefire-breach-words.csv}); each with its place ("in",
 * "at" or "near" a settlement or region, {@code event-place-prepositions.csv}) and date (its own
 * time expression, {@link EventClause}).
 * No meeting from "met" in a reaction ("will be met with a harsh response", "met with criticism":
 * {@code meeting-passive-words.csv}, {@code met-with-reactions.csv}). An attack is the
 * {@link Attacks} rule, unless a claim of the sentence tells it (then the claim rules return it).
 * No event from a trigger inside quotation marks or after a negation ({@code event-negations.csv}:
 * "would not meet").
 *
 * <pre>{@code
 * List<Event> events = new EventRules(lexicon, attacks).find(view, start, said.claims(), quotations, discourse);
 * }</pre>
 */
final class EventRules {
    /** The speaker's own pronouns before a meeting word in a transcript line: "I met …", "we spoke with …". */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** The most words between "I" and its meeting word: "I have today spoken to". */
    private static final int FIRST_PERSON_GAP = 3;
    /** Words that put a noun, not a verb, after "I" or "we": "we head to the summit". */
    private static final Set<String> NOT_BETWEEN = Set.of("the", "a", "an", "to", "this", "that", "our", "my");
    private final Lexicon lexicon;
    private final Attacks attacks;
    private final Set<String> negations;
    private final QuotedAttacks quotedAttacks;
    private final Set<String> venues;
    private final Set<String> callWords;
    private final Set<String> placeWords;
    private final Set<String> passiveWords;
    private final Set<String> reactions;
    private final EventClause clause;
    private final Set<String> pronouns;
    private final Set<String> breachWords;
    private final MeetingObjects personObjects;
    private final Responsibility responsibility;
    private final SelfDefence selfDefence;

    private final AttackTimes times;
    private final Blasts blasts;

    EventRules(Lexicon lexicon, Attacks attacks) {
        this.lexicon = lexicon;
        this.attacks = attacks;
        this.negations = lexicon.words("event-negations.csv");
        this.quotedAttacks = new QuotedAttacks(lexicon, attacks, this::negated);
        this.venues = lexicon.words("meeting-venues.csv");
        this.callWords = lexicon.words("call-words.csv");
        this.placeWords = lexicon.words("event-place-prepositions.csv");
        this.passiveWords = lexicon.words("meeting-passive-words.csv");
        this.reactions = lexicon.words("met-with-reactions.csv");
        this.clause = new EventClause(lexicon);
        this.pronouns = new HashSet<>(lexicon.words("actor-pronouns.csv"));
        pronouns.addAll(lexicon.words("person-pronouns.csv"));
        this.breachWords = lexicon.words("ceasefire-breach-words.csv");
        this.personObjects = new MeetingObjects(lexicon);
        this.responsibility = new Responsibility(lexicon);
        this.selfDefence = new SelfDefence(lexicon, new Campaigns(lexicon));
        this.times = new AttackTimes(lexicon);
        this.blasts = new Blasts(lexicon);
    }

    /**
     * The events of sentence {@code view} from token {@code start}.
     *
     * @param said       the sentence's claims
     * @param quotations the sentence's quotations
     */
    List<Event> find(SentenceView view, int start, List<Claim> said, List<Quotation> quotations, Discourse discourse) {
        List<Event> found = new ArrayList<>();
        Set<EventKind> seen = new LinkedHashSet<>();
        for (Phrases.Match<EventKind> t : lexicon.triggers().all(view.words(), start, view.size())) {
            EventKind kind = t.value();
            // a second meeting in a sentence only with a subject of its own: "…, and I then telephoned John Doe"
            boolean again = !seen.add(kind);
            if (view.quoted(t.start()) || kind == EventKind.MEETING && reaction(view, t)
                    || again && !(kind == EventKind.MEETING && firstPersonBefore(view, t.start(), start))
                    || negated(view, t.start())) {
                continue;
            }
            Claim claim = ClaimRules.around(view, said, t.start());
            if (kind == EventKind.ATTACK) {
                Event attack = claim == null ? attacks.in(view, start, view.size(), null, null, discourse) : null;
                if (attack == null) {
                    attack = times.in(view, t, start, discourse);   // "The attack took place late Sunday"
                }
                if (attack != null) {
                    found.add(attack);
                }
                continue;
            }
            Agents agents = discourse.agents();
            List<String> participants = switch (kind) {
                case CLASH -> clauseParties(view, t, start, 4, agents);
                case MEETING -> meetingParties(view, t, start, agents, discourse);
                case STATEMENT -> speakers(said, quotations);
                case CEASEFIRE -> breach(view, t.start()) ? brokenParties(view, t, agents)
                        : clauseParties(view, t, start, 6, agents);
                default -> window(view, t.start() - 8, t.end() + 6, agents);
            };
            if (again && found.stream().anyMatch(e -> e.kind() == EventKind.MEETING && e.participants().containsAll(participants))) {
                continue;   // "met and held talks with": one meeting; "spoke to Jane Roe, and I then telephoned John Doe": two
            }
            if (kind == EventKind.MEETING && participants.size() < 2 && callWords.contains(view.word(t.start()))) {
                continue;   // "the minister spoke with reporters": a call needs two parties
            }
            if (kind == EventKind.MEETING && personObjects.needsPerson(view, t) && !personObjects.named(view, t.end())) {
                continue;   // "received weapons", "welcomed the decision": no meeting
            }
            String place = place(view, t);
            Temporal date = clause.date(view, start, t.start(), t.end(), discourse, kind != EventKind.STATEMENT);
            if (participants.isEmpty() && (kind == EventKind.STATEMENT || place == null && date == null)) {
                continue;
            }
            found.add(new Event(kind, participants, null, List.of(), place, date, claim,
                    view.evidence(t.start(), t.end(), "event-" + kind.label().toLowerCase(Locale.ROOT))));
        }
        if (found.stream().noneMatch(e -> e.kind() == EventKind.ATTACK)) {
            Event blast = blasts.in(view, start, discourse);   // "Explosions ripped through three train stations"
            if (blast != null) {
                found.add(blast);
            }
        }
        Event defended = selfDefence.in(view, start);   // "Ukraine in defending itself against Russia's aggression"
        if (defended != null) {
            // the attack the sentence's trigger gave without a target is this one
            found.removeIf(e -> e.kind() == EventKind.ATTACK && e.targets().isEmpty()
                    && defended.attacker().equals(e.attacker()));
        }
        if (found.stream().noneMatch(e -> e.kind() == EventKind.ATTACK && !e.evidence().rule().equals(AttackTimes.RULE))) {
            Event claimed = responsibility.bare(view, start, discourse);   // "Al-Shabaab claimed responsibility."
            if (claimed == null) {
                claimed = defended;
            }
            if (claimed != null) {
                found.add(claimed);
            }
        }
        found.addAll(quotedAttacks.in(view, start, quotations, discourse));   // "“Rebels attacked the post,” said …"
        return found;
    }

    /** Who speaks in the sentence: its claimants and the speakers of its quotations. */
    private static List<String> speakers(List<Claim> said, List<Quotation> quotations) {
        Set<String> ids = new LinkedHashSet<>();
        said.forEach(c -> ids.add(c.claimant()));
        quotations.stream().filter(q -> q.speaker() != null).forEach(q -> ids.add(q.speaker()));
        return List.copyOf(ids);
    }

    /**
     * "will be met with a harsh response", "the plan met with criticism": a one-word meeting trigger
     * after a word of {@code meeting-passive-words.csv} (not "was meeting"), or followed by "with" and,
     * within four words, a noun of {@code met-with-reactions.csv}.
     */
    private boolean reaction(SentenceView view, Phrases.Match<EventKind> t) {
        if (t.end() == t.start() + 1 && passiveWords.contains(view.word(t.start() - 1))
                && !view.word(t.start()).endsWith("ing")) {
            return true;
        }
        if (!view.word(t.end()).equals("with")) {
            return false;
        }
        for (int k = t.end() + 1; k < Math.min(view.size(), t.end() + 5); k++) {
            if (reactions.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** "would not meet", "never met", "refused to hold talks". */
    private boolean negated(SentenceView view, int trigger) {
        for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
            if (negations.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parties of a clash or ceasefire from its own clause: those after "between" right after its
     * word, else the agents from the start of its clause ({@link EventClause#start}, at most eight
     * words back) to the end of it or {@code ahead} words after it, without the speaker of a trailing
     * reporting clause ("…, the United Nations said") nor a party after a clause break ("…, while
     * France urged calm").
     */
    private List<String> clauseParties(SentenceView view, Phrases.Match<EventKind> t, int start, int ahead,
            Agents agents) {
        List<String> between = between(view, t, agents, 0);
        if (between != null) {
            return between;   // "the clash zone between Azero and Armenia": none when the names are no parties
        }
        int from = Math.max(clause.start(view, start, t.start()), t.start() - 8);
        int to = Math.min(clause.end(view, t.end()), t.end() + ahead);
        List<String> ids = new ArrayList<>();
        for (String id : agentsIn(view, from, to, false, agents)) {
            if (!reporter(view, id, t.end(), to)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The parties after "between" within three words after the event word, which may hold it ("talks between"):
     * maybe none, or null without "between". Each party may stand among up to {@code words} lower-case words
     * before and after it ({@link #coordinated}).
     */
    private static List<String> between(SentenceView view, Phrases.Match<EventKind> t, Agents agents, int words) {
        for (int k = t.end() - 1; k < Math.min(view.size(), t.end() + 3); k++) {
            if (view.word(k).equals("between")) {
                return coordinated(view, k + 1, agents, words);
            }
        }
        return null;
    }

    /** The parties of a broken ceasefire: those after "between", else none. */
    private static List<String> brokenParties(SentenceView view, Phrases.Match<EventKind> t, Agents agents) {
        List<String> between = between(view, t, agents, 0);
        return between == null ? List.of() : between;
    }

    /**
     * Whether party {@code id}, named in tokens {@code [from, to)} after the event word, is the
     * speaker of a reporting clause: a speech verb follows it.
     */
    private boolean reporter(SentenceView view, String id, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = view.mentionAt(k);
            if (m != null && m.entityId().equals(id)) {
                return lexicon.speechVerbs().at(view.words(), view.endToken(m)).isPresent();
            }
        }
        return false;
    }

    /**
     * Whether the ceasefire word at token {@code t} is the object of a breach ("breaking the
     * ceasefire", {@code ceasefire-breach-words.csv}): who accuses and who is accused of the breach
     * are not named as its parties, only those after "between" are.
     */
    private boolean breach(SentenceView view, int t) {
        int k = t - 1;
        while (k > 0 && (view.word(k).equals("the") || view.word(k).equals("a") || view.word(k).equals("its")
                || view.word(k).equals("their"))) {
            k--;
        }
        return k >= 0 && breachWords.contains(view.word(k));
    }

    /**
     * "A and B", "A, B and C", "the A and the B", "the A (AB) and B" starting at token {@code k}; each party may
     * stand among up to {@code words} lower-case words before and after it ("senior Ruritanian and Elbonian
     * officers", "Ruritanian officials and Elbonian diplomats"), where a demonym stands for its country's side.
     */
    private static List<String> coordinated(SentenceView view, int k, Agents agents, int words) {
        List<String> ids = new ArrayList<>();
        while (k < view.size()) {
            k = pastLowerCase(view, view.word(k).equals("the") ? k + 1 : k, words);
            Mention m = view.mentionAt(k);
            if (m == null || !view.isAgent(m) || view.quoted(k)) {
                break;
            }
            Mention head = agents.head(view, m);
            if (!ids.contains(head.entityId())) {
                ids.add(head.entityId());
            }
            k = pastLowerCase(view, afterAbbreviation(view, view.endToken(head)), words);
            if (!view.word(k).equals("and") && !view.word(k).equals(",")) {
                break;
            }
            k++;
        }
        return ids;
    }

    /** The most lower-case words before or after a meeting's side ("senior … officers"). */
    private static final int SIDE_WORDS = 2;

    /** The token after up to {@code words} lower-case words from {@code k} that no mention covers. */
    private static int pastLowerCase(SentenceView view, int k, int words) {
        for (int n = 0; n < words && k < view.size() && view.mentionAt(k) == null && view.tokens().get(k).isWord()
                && !view.tokens().get(k).isCapitalised() && !view.word(k).equals("and"); n++) {
            k++;
        }
        return k;
    }

    /** The token after a parenthesised short form of up to three tokens at {@code k} ("(AB)"), else {@code k}. */
    private static int afterAbbreviation(SentenceView view, int k) {
        if (!view.word(k).equals("(")) {
            return k;
        }
        for (int c = k + 2; c < Math.min(view.size(), k + 5); c++) {
            if (view.word(c).equals(")")) {
                return c + 1;
            }
        }
        return k;
    }

    /** The small words a title's run of capitalised words may hold ("Secretary of State for European Affairs"). */
    private static final Set<String> TITLE_LINKS = Set.of("of", "for", "and", "the");

    /**
     * The person a country's title names right before the verb at token {@code verb}: "U.S. Deputy Assistant Secretary
     * of State for European Affairs Jane Roe met …" is Jane Roe's meeting, not the country's; else {@code subject}.
     */
    private static Mention titledHolder(SentenceView view, Mention subject, int verb) {
        Mention person = holderTitled(view, subject);
        return person != null && view.endToken(person) == verb ? person : subject;
    }

    /**
     * The person named right after the title that country mention {@code m} owns: "U.S. Deputy Assistant Secretary of
     * State for European Affairs Jane Roe" (capitalised words and {@link #TITLE_LINKS} between, other mentions among
     * them); null when {@code m} is no country or no such person follows.
     */
    private static Mention holderTitled(SentenceView view, Mention m) {
        if (view.kind(m) != Kind.COUNTRY) {
            return null;
        }
        int first = view.endToken(m);
        int k = first;
        while (k < view.size() && view.tokens().get(k).isWord()
                && (view.tokens().get(k).isCapitalised() || TITLE_LINKS.contains(view.word(k)))
                && (view.mentionAt(k) == null || view.kind(view.mentionAt(k)) != Kind.PERSON)) {
            k++;
        }
        Mention person = k > first ? view.mentionAt(k) : null;
        return person != null && view.kind(person) == Kind.PERSON ? person : null;
    }

    private List<String> meetingParties(SentenceView view, Phrases.Match<EventKind> t, int start, Agents agents,
            Discourse discourse) {
        List<String> sides = between(view, t, agents, SIDE_WORDS);
        if (sides != null && sides.size() >= 2) {
            return sides;   // "a meeting took place between senior Ruritanian and Elbonian officers"
        }
        List<String> parties = new ArrayList<>();
        // the meeting's own clause: "Ruritania said Elbonia met Freedonia" is no meeting of Ruritania
        int from = start;
        for (int k = t.start() - 1; k > start; k--) {
            if (lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                from = k + 1;
                break;
            }
        }
        Mention owner = Attacks.possessor(view, t.start());
        Mention subject = owner != null ? owner : agents.firstAgent(view, from, t.start());   // "Roe's call with …"
        if (owner == null && subject != null) {
            subject = titledHolder(view, subject, t.start());
        }
        if (subject == null && from > start && pronoun(view, from, t.start())) {
            subject = agents.firstAgent(view, start, from);   // "Ruritania said it met Elbonia": the speaker
        }
        Transcripts.Line line = discourse.transcriptLine(view, start);
        if (line != null && !line.press() && firstPersonBefore(view, t.start(), from)) {
            // "MS. ROE: I met Foreign Minister Doe", "… and I then telephoned the minister": the line's speaker, not
            // a party named earlier in the sentence
            parties.add(line.speaker());
            subject = owner;
        }
        if (subject != null && subject.matchType() != MatchType.DEMONYM) {
            parties.add(subject.entityId());
            int k = view.endToken(subject);
            while (view.word(k).equals("and") || view.word(k).equals(",")) {
                int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
                var title = lexicon.titles().at(view.words(), at);
                Mention next = view.mentionAt(title.isPresent() ? title.get().end() : at);   // "and Prime Minister X"
                if (next == null || !view.isAgent(next)) {
                    break;
                }
                next = agents.head(view, next);
                parties.add(next.entityId());
                k = view.endToken(next);
            }
        }
        // "hosted Jane Roe …", "spoke to Jane Roe, conveying …": the person named is the other party, no more
        int to = personObjects.needsPerson(view, t) ? personObjects.end(view, t.end()) : view.size();
        for (String id : agentsIn(view, t.end(), to, true, agents)) {
            if (!parties.contains(id)) {
                parties.add(id);
            }
        }
        return parties;
    }

    /**
     * Whether "I" or "we" is the subject of the meeting word at token {@code trigger}: right before it or before
     * at most {@value #FIRST_PERSON_GAP} small words ("I have today spoken to", "we then telephoned"), after {@code from}.
     */
    private static boolean firstPersonBefore(SentenceView view, int trigger, int from) {
        for (int k = trigger - 1; k >= Math.max(from, trigger - 1 - FIRST_PERSON_GAP); k--) {
            if (FIRST_PERSON.contains(view.word(k))) {
                return true;
            }
            if (view.mentionAt(k) != null || !view.tokens().get(k).isWord() || view.tokens().get(k).isCapitalised()
                    || NOT_BETWEEN.contains(view.word(k))) {
                return false;   // "as we head to the summit": the meeting word is no verb of theirs
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} hold a pronoun ({@code actor-pronouns.csv}, {@code person-pronouns.csv}). */
    private boolean pronoun(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (pronouns.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Heads of agent phrases in {@code [from, to)}, up to a clause break when {@code stopAtBreak}. */
    private List<String> agentsIn(SentenceView view, int from, int to, boolean stopAtBreak, Agents agents) {
        List<String> ids = new ArrayList<>();
        for (int k = Math.max(0, from); k < Math.min(to, view.size()); k++) {
            if (stopAtBreak && (lexicon.clauseBreaks().contains(view.word(k)) || venues.contains(view.word(k))
                    || lexicon.speechVerbs().at(view.words(), k).isPresent())) {
                break;   // "… on the sidelines of the ASEAN Regional Forum": where they met, not who
            }
            Mention m = view.mentionAt(k);
            Mention before = view.mentionAt(k - 2);
            boolean owner = view.word(k - 1).equals("of") && before != null && view.kind(before) == Kind.PERSON;
            if (m != null && stopAtBreak && view.kind(m) == Kind.COUNTRY && (placeWords.contains(view.word(k - 1))
                    || owner || holderTitled(view, m) != null)) {
                // "met … in Djibouti", "President Elena Varga of Chile", "met with U.S. Envoy Jane Roe": no party
                k = view.endToken(m) - 1;
                continue;
            }
            if (m != null && !view.quoted(k) && view.isAgent(m)) {
                Mention head = agents.head(view, m);
                if (head.matchType() == MatchType.DEMONYM) {
                    // "Ukrainian soldiers", "former Soviet states" name people, not a party
                    k = view.endToken(head) - 1;
                    continue;
                }
                if (!ids.contains(head.entityId())) {
                    ids.add(head.entityId());
                }
                k = view.endToken(head) - 1;
            }
        }
        return ids;
    }

    private List<String> window(SentenceView view, int from, int to, Agents agents) {
        return agentsIn(view, from, to, false, agents);
    }

    private String place(SentenceView view, Phrases.Match<EventKind> t) {
        for (int k = Math.max(0, t.start() - 6); k < Math.min(view.size(), t.end() + 10); k++) {
            if (!placeWords.contains(view.word(k))) {
                continue;
            }
            Mention m = view.mentionAt(k + 1);
            if (m != null && (view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION)
                    && m.matchType() != MatchType.METONYM) {
                return m.entityId();
            }
        }
        return null;
    }
}
