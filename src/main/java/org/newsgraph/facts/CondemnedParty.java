package org.newsgraph.facts;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The party a condemnation names as its object, right after the verb and its words of manner
 * ({@code condemnation-manners.csv}): "condemned Ruritania for …", "condemns in the strongest terms the
 * Government of Ruritania's campaign of violence"; a person after a title and the words before it
 * ({@code title-modifiers.csv}: "condemns outgoing President Roe's statement"); or the doer after "by" in
 * the object ("the coup announced by the army chief, Jane Roe", "the announcement by the ruling party"),
 * or the subject of a relative clause after it ("the manner in which the army organised the succession");
 * the object may name places on the way ("the attacks on Darfur by the army", and a party's ground: "violations
 * of NATO airspace by Russian jets", {@code territory-nouns.csv}) and run on after ", and"
 * ("the killings of civilians, and targeting of villages by the army") or ", including" ("coercion, including
 * that exerted by the army"); or the party after "from" ("the coercion coming from Ruritania"), not a city or
 * region ("rocket fire from Port Elbe" says where).
 * Never a party further on, which may be the target ("condemned the attack on Ruritania"): the attacker of
 * an attack in the content is found by {@link Attacks}.
 *
 * <pre>{@code
 * Mention blamed = new CondemnedParty(lexicon).after(view, verb.end(), discourse.agents());   // or null
 * }</pre>
 */
final class CondemnedParty {
    /** How far "by" and the doer may stand after a condemning verb's object noun ("the coup announced by"). */
    private static final int BY_WINDOW = 12;
    /** Prepositions before "which" whose clause's subject did what is condemned ("the manner in which"). */
    private static final Set<String> RELATIVE_LINKS = Set.of("in", "by", "through", "with");
    /** Words after a comma with which the condemned object goes on ("…, and targeting of …", "…, including that by …"). */
    private static final Set<String> CONTINUING = Set.of("and", "including");
    /** Kinds of entity that say where a deed comes from, not who does it ("rocket fire from Gaza City"). */
    static final Set<Kind> PLACES = Set.of(Kind.SETTLEMENT, Kind.REGION);

    private final Lexicon lexicon;
    private final Set<String> manners;
    private final Set<String> titleModifiers;
    private final Set<String> territory;

    CondemnedParty(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.manners = lexicon.words("condemnation-manners.csv");
        this.titleModifiers = lexicon.words("title-modifiers.csv");
        this.territory = lexicon.words("territory-nouns.csv");
    }

    /** The party condemned by the verb ending before token {@code after}, or null. */
    Mention after(SentenceView view, int after, Agents agents) {
        int k = after;
        while (k < view.size() && manners.contains(view.word(k))) {
            k++;
        }
        int named = titled(view, k);
        Mention m = view.mentionAt(named);
        if (m != null && view.isAgent(m) && view.firstToken(m) == named) {
            return agents.head(view, m);
        }
        for (int j = k; j < Math.min(view.size() - 1, k + BY_WINDOW); j++) {
            Mention victim = view.mentionAt(j);
            if (victim != null && view.kind(victim) == Kind.PERSON && view.firstToken(victim) > k) {
                j = view.endToken(victim) - 1;   // "the arrest of Jane Roe by the police": the doer comes after "by"
                continue;
            }
            boolean adjective = victim != null && (victim.matchType() == MatchType.DEMONYM || ground(view, victim));
            if (victim != null && view.isAgent(victim) && !adjective
                    || view.word(j).equals(",") && !CONTINUING.contains(view.word(j + 1))) {
                return null;   // a party further on may be the target ("condemned the attack on Kyiv")
            }
            if (victim != null) {
                // a place, a demonym or whose ground it is: "the attacks on Darfur by the army", "a violation of
                // Estonian airspace by Russian jets", "violations of NATO airspace by …" name the doer after "by"
                j = view.endToken(victim) - 1;
                continue;
            }
            if (view.word(j).equals("which") && RELATIVE_LINKS.contains(view.word(j - 1))) {
                return agents.firstAgentAfter(view, j + 1, 3);   // "the manner in which the army organised …"
            }
            if (view.word(j).equals("by")) {
                Mention person = titledPerson(view, j + 1);
                return person != null ? person : agents.firstAgentAfter(view, j + 1, 3);
            }
            if (view.word(j).equals("from") && j > k) {
                // "the coercion (coming) from Ruritania": a party, not a place, is where the deed comes from
                Mention source = agents.firstAgentAfter(view, j + 1, 2);
                return source != null && !PLACES.contains(view.kind(source)) ? source : null;
            }
        }
        return null;
    }

    /** Whether a noun of a party's ground follows its name, maybe after "'s": "NATO airspace", "Georgia's territory". */
    private boolean ground(SentenceView view, Mention party) {
        int k = view.endToken(party);
        int noun = view.possessiveAt(k) ? k + 2 : k;
        return territory.contains(view.word(noun).toLowerCase(Locale.ROOT));
    }

    /**
     * The person named from token {@code k} after the demonyms and title before the name: "by Turkish
     * Cypriot leader Jane Roe" is Jane Roe; null when no title leads to a person there.
     */
    private Mention titledPerson(SentenceView view, int k) {
        int j = view.word(k).equals("the") ? k + 1 : k;
        while (view.mentionAt(j) != null && view.mentionAt(j).matchType() == MatchType.DEMONYM) {
            j = view.endToken(view.mentionAt(j));
        }
        int named = titled(view, j);
        Mention m = view.mentionAt(named);
        return named > j && m != null ? m : null;
    }

    /**
     * Where the person's name starts after a title and the words before it: "outgoing President Roe's
     * statement" names Roe at its third word; {@code k} itself when no title leads to a person there.
     */
    private int titled(SentenceView view, int k) {
        int j = k;
        while (j < view.size() && titleModifiers.contains(view.word(j))) {
            j++;
        }
        var title = lexicon.titles().at(view.words(), j);
        if (title.isPresent()) {
            Mention m = view.mentionAt(title.get().end());
            if (m != null && view.kind(m) == Kind.PERSON) {
                return title.get().end();
            }
        }
        return k;
    }
}
