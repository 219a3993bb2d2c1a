package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.RelationCue;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Relation;
import org.newsgraph.model.Facts.RelationType;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The relation rules, one for each relation of {@code relation-cues.csv}: membership ("X, which
 * includes A and B but not C", "A is a member of X"), leadership ("Russian-led", "X, led by Y"),
 * alliance, support ("Russia's support for Belarus", "France announced its support for Armenia"),
 * and a place inside a country; each relation's rule is {@code relation-} and its name. No relation
 * from a cue inside quotation marks, nor from an entity to itself.
 *
 * <pre>{@code
 * List<Relation> found = new RelationRules(lexicon).find(view, start, discourse);
 * }</pre>
 */
final class RelationRules {
    /** How far after a support cue the supported party may stand ("support to the rebel group M23"). */
    private static final int SUPPORTED_WINDOW = 5;
    /** The {@code position} of a membership cue that states a membership only when negated ("has yet to join"). */
    private static final String NEGATED_ONLY = "negated";

    private final Lexicon lexicon;
    /** Words between a member and its cue that deny the membership ("is not a member of", "has yet to join"). */
    private final Set<String> negations;
    private final Set<String> membershipFillers;

    RelationRules(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.negations = lexicon.words("membership-negations.csv");
        this.membershipFillers = lexicon.words("membership-fillers.csv");
    }

    /** The relations sentence {@code view} states from token {@code start}. */
    List<Relation> find(SentenceView view, int start, Discourse discourse) {
        List<Relation> found = new ArrayList<>();
        Agents agents = discourse.agents();
        for (Phrases.Match<RelationCue> cue : lexicon.relations().all(view.words(), start, view.size())) {
            if (view.quoted(cue.start())) {
                continue;
            }
            switch (cue.value().relation()) {
                case MEMBER_OF -> members(view, cue, discourse, found);
                case MEMBER_OF_AFTER -> membersBefore(view, cue, agents, found);
                case LEADS -> leads(view, cue, agents, found);
                case ALLY_OF -> allies(view, cue, agents, found);
                case SUPPORTS_ALLY -> {
                    Mention supporter = agents.firstAgent(view, start, cue.start());
                    Mention ally = supporter == null ? null
                            : firstCountryOtherThan(view, cue.end(), supporter.entityId());
                    for (Mention m : ally == null ? List.<Mention>of() : Enumerations.startingWith(view, ally)) {
                        pair(view, cue, RelationType.SUPPORTS, supporter, m, found);
                    }
                }
                case SUPPORTS -> {
                    Mention owner = supportOwner(view, cue.start());
                    Mention supporter = owner != null ? owner : agents.firstAgent(view, start, cue.start());
                    // "support to the rebel group M23", "stand with the people of Ruritania"
                    Mention supported = supportedAfter(view, cue.end(), agents);
                    String voice = supporter == null ? ownVoice(view, start, cue.start(), discourse) : null;
                    if (voice != null && supported != null && !voice.equals(supported.entityId())) {
                        // "We reaffirm our partnership with Ruritania": the article's own voice supports it
                        found.add(new Relation(voice, RelationType.SUPPORTS, supported.entityId(),
                                view.evidence(cue.start(), view.endToken(supported), "relation-supports")));
                    } else {
                        pair(view, cue, RelationType.SUPPORTS, supporter, supported, found);
                    }
                }
                case LOCATED_IN -> pair(view, cue, RelationType.LOCATED_IN, nearestPlaceBefore(view, cue.start()),
                        firstAfter(view, cue.end(), Kind.COUNTRY), found);
                default -> {
                    // negation and blame cues are read by the membership and claim rules
                }
            }
        }
        return found;
    }

    /**
     * The party a support cue supports: the first agent in the few words after it, before a comma, "and" or a
     * clause break ("support to the rebel group M23"; not "supports the mutineers and rejected ECOWAS' position").
     */
    private Mention supportedAfter(SentenceView view, int from, Agents agents) {
        for (int k = from; k < Math.min(view.size(), from + SUPPORTED_WINDOW); k++) {
            if (view.word(k).equals(",") || view.word(k).equals("and") || lexicon.clauseBreaks().contains(view.word(k))) {
                return null;
            }
            Mention m = view.mentionAt(k);
            if (m != null && view.isAgent(m)) {
                return agents.head(view, m);
            }
        }
        return null;
    }

    /**
     * The article's own voice ({@link Discourse#voice}) when "we" or "our" stands before the cue outside
     * quotation marks and outside a transcript's turn ("We stand with …", "our partnership with …"); else null.
     */
    private static String ownVoice(SentenceView view, int start, int cue, Discourse discourse) {
        for (int k = start; k < cue; k++) {
            if ((view.word(k).equals("we") || view.word(k).equals("our")) && !view.quoted(k) && discourse.turn() == null) {
                return discourse.voice();
            }
        }
        return null;
    }

    /** The relations without those stated again in the same sentence. */
    static List<Relation> distinct(List<Relation> relations) {
        Set<String> seen = new LinkedHashSet<>();
        List<Relation> unique = new ArrayList<>();
        for (Relation r : relations) {
            if (seen.add(r.subject() + " " + r.type() + " " + r.object() + " " + r.evidence().sentence())) {
                unique.add(r);
            }
        }
        return unique;
    }

    /**
     * The owner of a possessive just before token {@code cue}, over at most two lower-case words:
     * "Rwanda’s assistance to", "the United States’ strong support for"; null when there is none.
     */
    private static Mention supportOwner(SentenceView view, int cue) {
        int k = cue - 1;
        for (int n = 0; n < 2 && k >= 0 && view.tokens().get(k).isWord() && !view.tokens().get(k).isCapitalised()
                && !view.word(k).equals("s"); n++) {
            k--;
        }
        if (view.word(k).equals("s") && isApostrophe(view.word(k - 1))) {
            k -= 2;
        } else if (isApostrophe(view.word(k))) {
            k--;
        } else {
            return null;
        }
        Mention m = view.mentionAt(k);
        return m != null && view.isAgent(m) && view.endToken(m) == k + 1 ? m : null;
    }

    private static boolean isApostrophe(String w) {
        return w.equals("'") || w.equals("’");
    }

    private static void pair(SentenceView view, Phrases.Match<RelationCue> cue, RelationType type, Mention subject,
            Mention object, List<Relation> found) {
        if (subject == null || object == null || subject.entityId().equals(object.entityId())) {
            return;
        }
        int from = Math.min(view.firstToken(subject), cue.start());
        int to = Math.max(view.endToken(object), cue.end());
        found.add(new Relation(subject.entityId(), type, object.entityId(), view.evidence(from, to,
                "relation-" + type.label())));
    }

    /**
     * "A is a member of X", "A and B are members of X and Y", "A is not a member of X", "A has yet to
     * join X" (a cue whose position is {@value #NEGATED_ONLY} states only a denied membership): every
     * member listed before the cue in every organisation listed after it, denied when a negation
     * stands between the member and the cue.
     */
    private void membersBefore(SentenceView view, Phrases.Match<RelationCue> cue, Agents agents,
            List<Relation> found) {
        Mention org = organisationRightAfter(view, cue.end());
        Mention last = nearestAgentBefore(view, cue.start(), agents);
        boolean noun = view.word(cue.end() - 1).equals("of");   // "a member of", not "joined"
        if (org == null || last == null || noun && !onlyFillers(view, view.endToken(last), cue.start())) {
            return;   // "announced the arrest of five suspected members of the Front": the five are members
        }
        boolean negated = negatedBetween(view, view.endToken(last), cue.start());
        if (!negated && cue.value().position().equals(NEGATED_ONLY)) {
            return;
        }
        RelationType type = negated ? RelationType.NOT_MEMBER_OF : RelationType.MEMBER_OF;
        for (Mention m : Enumerations.endingWith(view, last)) {
            for (Mention o : Enumerations.startingWith(view, org)) {
                pair(view, cue, type, m, o, found);
            }
        }
    }

    /**
     * Whether tokens {@code [from, to)} hold only words of {@code membership-fillers.csv} and negations ("is
     * not", "has yet to"), so that the party before a noun cue ("a member of") is the member.
     */
    private boolean onlyFillers(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = view.word(k);
            if (!membershipFillers.contains(w) && !negations.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A is an ally of B", "A and B are allies of C and D": every party listed before the cue with
     * every party listed after it; nothing when a negation denies it ("A is not an ally of B"), as
     * there is no relation for a denied alliance.
     */
    private void allies(SentenceView view, Phrases.Match<RelationCue> cue, Agents agents, List<Relation> found) {
        Mention last = nearestAgentBefore(view, cue.start(), agents);
        Mention first = agents.firstAgentAfter(view, cue.end(), 4);
        if (last == null || first == null || negatedBetween(view, view.endToken(last), cue.start())) {
            return;
        }
        for (Mention a : Enumerations.endingWith(view, last)) {
            for (Mention b : Enumerations.startingWith(view, first)) {
                pair(view, cue, RelationType.ALLY_OF, a, b, found);
            }
        }
    }

    /**
     * The organisation a membership cue names: starting within three words after it, with no comma
     * between ("joined the World Trade Organization", "a member of the Paris-based OECD", "a member of Mr. Roe's
     * Unity Party", past its owner's possessive; not "joined the alliance in April, NATO said"); null when there is none.
     */
    private static Mention organisationRightAfter(SentenceView view, int from) {
        int window = from + 3;
        for (int i = from; i < Math.min(view.size(), window) && !view.word(i).equals(","); i++) {
            Mention m = view.mentionAt(i);
            if (m != null && view.kind(m) == Kind.ORGANIZATION && m.matchType() != MatchType.DEMONYM) {
                return m;
            }
            if (m != null && view.possessiveAt(view.endToken(m))) {
                i = view.endToken(m) + 1;   // "a member of Mr. Roe's Unity Party": the owner's possessive, then the party
                window = i + 2;
            }
        }
        return null;
    }

    /** Whether a negation stands in tokens {@code [from, to)} in the clause that ends at {@code to}. */
    private boolean negatedBetween(SentenceView view, int from, int to) {
        boolean negated = false;
        for (int i = from; i < to; i++) {
            String w = view.word(i);
            // a negation counts in the cue's own clause: not in "is no longer neutral and has joined"
            boolean clauseBreak = w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";");
            negated = !clauseBreak && (negated || negations.contains(w));
        }
        return negated;
    }

    /** "X, which … includes A and B but not C". */
    private void members(SentenceView view, Phrases.Match<RelationCue> cue, Discourse discourse, List<Relation> found) {
        Mention org = null;
        for (int i = cue.start() - 1; i >= 0 && org == null; i--) {
            Mention m = view.mentionAt(i);
            if (m != null && view.kind(m) == Kind.ORGANIZATION) {
                org = m;
            }
        }
        if (org == null) {
            return;
        }
        boolean negated = false;
        for (int i = cue.end(); i < view.size(); i++) {
            if (lexicon.relations().at(view.words(), i).map(c -> c.value().relation())
                    .filter(r -> r == Lexicon.Relation.NEGATION).isPresent()) {
                negated = true;
                continue;
            }
            String w = view.word(i);
            Mention m = view.mentionAt(i);
            if (m != null && (view.kind(m) == Kind.COUNTRY || isMemberOrganisation(view, m, discourse))
                    && m.matchType() != MatchType.DEMONYM && !m.entityId().equals(org.entityId())) {
                found.add(new Relation(m.entityId(), negated ? RelationType.NOT_MEMBER_OF : RelationType.MEMBER_OF,
                        org.entityId(), view.evidence(view.firstToken(org), view.endToken(m),
                                negated ? "relation-not-member" : "relation-member")));
                i = view.endToken(m) - 1;
            } else if (w.equals(";") || w.equals(".") || w.equals(",") && view.mentionAt(i + 1) == null
                    && !view.word(i + 1).equals("and") || lexicon.clauseBreaks().contains(w)) {
                return;
            }
        }
    }

    /** An organisation that can be a member: not a country's own body (its ministry, its army). */
    private static boolean isMemberOrganisation(SentenceView view, Mention m, Discourse discourse) {
        return view.kind(m) == Kind.ORGANIZATION && discourse.article().countryOf().apply(m.entityId()) == null;
    }

    private static void leads(SentenceView view, Phrases.Match<RelationCue> cue, Agents agents, List<Relation> found) {
        if (cue.value().position().equals("before")) {
            Mention leader = view.mentionAt(cue.start() - 1);
            Mention org = nearestBefore(view, cue.start(), Kind.ORGANIZATION);
            if (org == null) {
                org = firstAfter(view, cue.end(), Kind.ORGANIZATION);
            }
            pair(view, cue, RelationType.LEADS, leader, org, found);
        } else {
            pair(view, cue, RelationType.LEADS, agents.firstAgentAfter(view, cue.end(), 3),
                    nearestBefore(view, cue.start(), Kind.ORGANIZATION), found);
        }
    }

    private static Mention nearestBefore(SentenceView view, int from, Kind kind) {
        for (int i = from - 1; i >= 0; i--) {
            Mention m = view.mentionAt(i);
            if (m != null && view.kind(m) == kind && !view.quoted(i)) {
                return m;
            }
        }
        return null;
    }

    private static Mention nearestAgentBefore(SentenceView view, int from, Agents agents) {
        for (int i = from - 1; i >= 0; i--) {
            Mention m = view.mentionAt(i);
            if (m != null && view.isAgent(m) && !view.quoted(i)) {
                return agents.head(view, m);
            }
        }
        return null;
    }

    private static Mention nearestPlaceBefore(SentenceView view, int from) {
        for (int i = from - 1; i >= 0; i--) {
            Mention m = view.mentionAt(i);
            if (m != null && (view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION)) {
                return m;
            }
        }
        return null;
    }

    private static Mention firstAfter(SentenceView view, int from, Kind kind) {
        for (int i = from; i < view.size(); i++) {
            Mention m = view.mentionAt(i);
            if (m != null && view.kind(m) == kind && m.matchType() != MatchType.DEMONYM) {
                return m;
            }
        }
        return null;
    }

    private static Mention firstCountryOtherThan(SentenceView view, int from, String other) {
        for (int i = from; i < view.size(); i++) {
            Mention m = view.mentionAt(i);
            if (m != null && view.kind(m) == Kind.COUNTRY && !m.entityId().equals(other)) {
                return m;
            }
        }
        return null;
    }
}
