package org.newsgraph.discover;

import java.util.List;
import java.util.Set;
import org.newsgraph.discover.persons.Cues;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Token;

/**
 * Organisations named in apposition with a noun for one ({@code organisation-nouns.csv}): "EG Justice, a
 * Washington-based organization that …" (the name before the comma), "the Russian mercenary group, Wagner,"
 * (the name after it), "the Barcelona newspaper La Vanguardia" (the name right after the noun); rule
 * {@code organisation-apposition}.
 *
 * <pre>{@code
 * new OrganisationAppositions(lexicon, gazetteer).appositions(view, spans);
 * }</pre>
 */
final class OrganisationAppositions extends NameShapes {
    /** Folded words of {@code organisation-nouns.csv}: "a rights group", "a Washington-based organization". */
    private final Set<String> kinds;
    /** Folded words of {@code name-honorifics.csv}: "Ms.", "Dr." open a person's name. */
    private final Set<String> honorifics;
    /** Whether a noun for an organisation stands before a name ({@link Cues#organisationNounBefore}). */
    private final Cues cues;

    /** Words that make the noun after them another thing than the apposition's head: "the founder of the party". */
    private static final Set<String> LINKS = Set.of("of", "for", "in", "to", "by", "at", "with", "from", "and", "or");
    /** The articles that open an apposition's description: "a rights group", "the mercenary group". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** How many tokens an apposed organisation's name may have: "Central Asia Watch". */
    private static final int MAX_NAME = 6;
    /** How many tokens may stand between an apposition's article and its noun ("a Washington-based rights"). */
    private static final int DESCRIPTION = 5;
    /** What may follow an apposition's noun: its end, or words that go on describing it. */
    private static final Set<String> AFTER_NOUN = Set.of(",", ".", ";", ":", "that", "which", "in", "of", "for", "with",
            "based", "founded", "led", "known", "backed", "\u2013", "-", "");

    OrganisationAppositions(Lexicon lexicon, Gazetteer gazetteer) {
        super(lexicon, gazetteer);
        this.kinds = lexicon.words("organisation-nouns.csv");
        this.honorifics = lexicon.words("name-honorifics.csv");
        this.cues = Cues.of(lexicon);
    }

    /**
     * A name a group gives itself ({@link Cues#selfNamedBefore}: a noun for a group of people or an organisation, a
     * phrase of {@code self-naming.csv}), capitalised words no mention covers: "rebels calling themselves Ninjas", "a militia
     * known as the Ninja", "a group that calls itself the Elbe Front" (rule {@code organisation-apposition}).
     */
    void selfNamed(SentenceView view, List<Span> spans) {
        for (int k = 1; k < view.size(); k++) {
            if (view.word(k).equals("the") || view.quoted(k) || !cues.selfNamedBefore(view, k) || taken(spans, k)
                    || view.mentionAt(k) != null || person(view, k) || lexicon.notNames().contains(view.word(k))) {
                continue;
            }
            int end = capitalised(view, k);
            if (end > k && !joinsTwo(view, k, end)) {
                add(view, spans, k, end, "organisation-apposition");
                k = end;
            }
        }
    }

    /** Whether tokens {@code [from, to)} join two names with "and": "groups known as UFDD and SCUD" name two groups. */
    private static boolean joinsTwo(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.word(k).equals("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name in apposition with a noun for an organisation ({@code organisation-nouns.csv}): "EG Justice, a
     * Washington-based organization that …", "the Russian mercenary group, Wagner," (rule
     * {@code organisation-apposition}). The name is capitalised words no mention covers.
     */
    void appositions(SentenceView view, List<Span> spans) {
        for (int comma = 1; comma + 2 < view.size(); comma++) {
            if (!view.word(comma).equals(",") || view.quoted(comma)) {
                continue;
            }
            int start = nameWithPlaces(view, comma);
            if (start < comma && !taken(spans, start) && describedAfter(view, comma + 1)) {
                add(view, spans, start, comma, "organisation-apposition");
                continue;
            }
            int end = capitalised(view, comma + 1);
            if (end > comma + 1 && !taken(spans, comma + 1) && !person(view, comma + 1) && AFTER_NOUN.contains(view.word(end))
                    && cues.organisationNounBefore(view, comma)) {
                add(view, spans, comma + 1, end, "organisation-apposition");
            }
        }
    }

    /**
     * A name right after a noun of {@code organisation-nouns.csv} with "the" or "a" before it, no comma between:
     * "the Barcelona newspaper La Vanguardia reported", "the mercenary group Wagner" (rule
     * {@code organisation-apposition}). The name is capitalised words no mention covers, not opening with a
     * title or a date ("the party Chairman Jane Roe", "the group Monday").
     */
    void named(SentenceView view, List<Span> spans) {
        for (int k = 1; k + 1 < view.size(); k++) {
            if (!cues.organisationNounBefore(view, k + 1) || view.quoted(k) || taken(spans, k + 1) || view.mentionAt(k + 1) != null
                    || lexicon.titles().at(view.words(), k + 1).isPresent()
                    || lexicon.dates().at(view.words(), k + 1).isPresent()
                    || lexicon.notNames().contains(view.word(k + 1)) || person(view, k + 1)) {
                continue;
            }
            int end = capitalised(view, k + 1);
            if (end > k + 1) {
                add(view, spans, k + 1, end, "organisation-apposition");
                k = end;
            }
        }
    }

    /** Whether a name at token {@code k} opens with an honorific or a title: a person's ("Ms. Roque", "President Roe"). */
    private boolean person(SentenceView view, int k) {
        return honorifics.contains(view.word(k)) || lexicon.titles().at(view.words(), k).isPresent();
    }

    /**
     * Where the name ending before token {@code end} starts: capitalised words, places and demonyms among them
     * ("Central Asia Watch"), one word at least no mention's, no title, date or word of {@code not-names.csv};
     * {@code end} when there is none.
     */
    private int nameWithPlaces(SentenceView view, int end) {
        int start = end;
        boolean own = false;   // a word no mention covers: not a place or country alone
        for (int k = end - 1; k >= 0 && end - k <= MAX_NAME; k--) {
            Token t = view.tokens().get(k);
            Mention m = view.mentionAt(k);
            if (!t.isWord() || !t.isCapitalised() || m != null && view.isAgent(m) && view.kind(m) != Kind.COUNTRY
                    || m == null && (lexicon.notNames().contains(view.word(k)) || lexicon.titles().at(view.words(), k)
                            .isPresent() || lexicon.dates().at(view.words(), k).isPresent())) {
                break;
            }
            own |= m == null;
            start = m != null ? view.firstToken(m) : k;
            k = start;
        }
        return own && (start == 0 || !view.tokens().get(start - 1).isCapitalised()) ? start : end;
    }

    /** Whether "a/an/the …" and a noun of {@code organisation-nouns.csv} start at token {@code k}: ", a rights group that". */
    private boolean describedAfter(SentenceView view, int k) {
        if (!ARTICLES.contains(view.word(k))) {
            return false;
        }
        for (int j = k + 1; j <= k + DESCRIPTION && j < view.size(); j++) {
            if (kinds.contains(view.word(j)) && !view.tokens().get(j).isCapitalised()) {
                return AFTER_NOUN.contains(view.word(j + 1));
            }
            if (!view.tokens().get(j).isWord() && !view.word(j).equals("-") || LINKS.contains(view.word(j))) {
                return false;   // "the founder of the party": the party is not what the name is
            }
        }
        return false;
    }
}
