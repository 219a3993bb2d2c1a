package org.newsgraph.facts;

import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Where an attack's target is more precise than the first party its clause names: a country or region that
 * only locates a place named after it ({@code narrowing-nouns.csv}: in "struck the Ruritanian port city of
 * Port Elbe" the target is Port Elbe), and the party after "against" ("strikes in Ruritania against the
 * Front": the Front, in Ruritania).
 *
 * <pre>{@code
 * if (!narrowing.narrowed(view, mention)) { targets.add(mention.entityId()); }
 * }</pre>
 */
final class AttackTargets {
    /** How far after a place a more precise place may narrow it, in tokens ("the Ruritanian port city of Elbe"). */
    private static final int WINDOW = 6;

    /** How far after the attack word "against" and its target may stand, in tokens. */
    private static final int AGAINST_WINDOW = 6;

    private final Set<String> nouns;
    private final Set<String> breaks;

    AttackTargets(Lexicon lexicon) {
        this.nouns = lexicon.words("narrowing-nouns.csv");
        this.breaks = lexicon.clauseBreaks();
    }

    /**
     * The token of the party named right after "against" (maybe after "the") in the attack's clause after
     * token {@code end}, or -1: "strikes in Ruritania against Front fighters" names its target after
     * "against", and the place before it only says where; not a possessive ("against Elbonia Oil's facilities
     * in Port Elbe", whose place is the target).
     */
    int against(SentenceView view, int end, int to) {
        for (int k = end; k < Math.min(to, end + AGAINST_WINDOW); k++) {
            if (breaks.contains(view.word(k)) || view.word(k).equals(",")) {
                return -1;
            }
            if (view.word(k).equals("against")) {
                int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
                Mention m = view.mentionAt(at);
                int after = m == null ? -1 : view.endToken(m);
                boolean possessive = after >= 0 && (view.word(after).equals("'") || view.word(after).equals("’"));
                // "against Elbonia Oil's facilities in Port Elbe": where the facilities are is the target
                return m != null && view.isAgent(m) && !possessive ? at : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the place or country {@code m} only locates a more precise target named after it in the same
     * phrase: "the Ruritanian port city of Port Elbe", "Ruritania's Red Sea port of Elbe", "Ruritania's
     * facilities in Elbe": a settlement or region after "of" or "in" right after a noun of
     * {@code narrowing-nouns.csv}, with only lower-case words, a possessive and other names between; or a
     * settlement or region right after the country's possessive ("Ruritania's Elbe province").
     */
    boolean narrowed(SentenceView view, Mention m) {
        if (view.kind(m) != Kind.COUNTRY && view.kind(m) != Kind.REGION && view.kind(m) != Kind.SETTLEMENT) {
            return false;   // "the Ruritanian port city of Port Elbe", "the Port Elbe neighbourhood of Kalo"
        }
        int end = view.endToken(m);
        Mention owned = view.possessiveAt(end) ? view.mentionAt(end + 2) : null;
        if (owned != null && view.kind(m) == Kind.COUNTRY
                && (view.kind(owned) == Kind.SETTLEMENT || view.kind(owned) == Kind.REGION)) {
            return true;   // "in Ruritania's Elbe province": the province, in Ruritania
        }
        for (int k = end; k < Math.min(view.size(), end + WINDOW); k++) {
            Mention next = view.mentionAt(k);
            String w = view.word(k);
            if ((w.equals("of") || w.equals("in")) && k > end && nouns.contains(view.word(k - 1))) {
                int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
                Mention place = view.mentionAt(at);
                if (k - 1 == end && regionOfSettlement(view, at)) {
                    return false;   // "Kyauk Taw village of Minbya Township": the village, in the township
                }
                return place != null && (view.kind(place) == Kind.SETTLEMENT || view.kind(place) == Kind.REGION);
            }
            if (next != null) {
                k = view.endToken(next) - 1;
                continue;
            }
            boolean possessive = w.equals("s") || w.equals("'") || w.equals("’");
            if (!possessive && (!view.tokens().get(k).isWord() || w.equals("and") || w.equals("or")
                    || !Character.isLowerCase(view.tokens().get(k).text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the region at token {@code k} only says where the settlement named before it is: "Kyauk Taw village of
     * (the) Minbya Township" (a settlement, a lower-case noun, "of", maybe "the", the region). The settlement is the
     * target, not the region.
     */
    static boolean regionOfSettlement(SentenceView view, int k) {
        int of = view.word(k - 1).equals("the") ? k - 2 : k - 1;
        Mention region = view.mentionAt(k);
        Mention town = view.mentionAt(of - 2);
        return region != null && town != null && view.firstToken(region) == k && view.word(of).equals("of")
                && view.tokens().get(of - 1).isWord() && !view.tokens().get(of - 1).isCapitalised()
                && view.kind(town) == Kind.SETTLEMENT && view.kind(region) == Kind.REGION;
    }
}
