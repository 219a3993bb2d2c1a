package org.newsgraph.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The party a common noun for a state's forces stands for when it is an attack's subject:
 * <ul>
 * <li>"police fired tear gas at …": the organisation the article names with that head word
 * ({@code organisation-heads.csv}: "the Ruritania Police Service"), else none;</li>
 * <li>"security forces in Ruritania stormed …", "troops of Ruritania shelled …": the country after
 * "in" or "of";</li>
 * <li>"Ruritanian police beat …": the organisation the article names with the head word, else the
 * country of the demonym.</li>
 * </ul>
 * A bare noun with no organisation or country to stand for ("soldiers fired") stays nobody's; the
 * attack rules ask for a bare noun's party only when the attack has a target.
 *
 * <pre>{@code
 * String attacker = new ForceBodies(lexicon).bare(view, from, trigger, discourse, targets);
 * }</pre>
 */
final class ForceBodies {
    /** How far before the attack word the noun may stand, in tokens ("police had reportedly fired", "forces in the Ruritanian capital stormed"). */
    private static final int WINDOW = 7;
    /** Words that lead to the noun's country: "forces in Ruritania", "troops of Ruritania". */
    private static final Set<String> OF = Set.of("in", "of", "from");

    private final Set<String> heads;
    private final Set<String> forces;
    private final Set<String> breaks;
    private final Set<String> domesticWords;

    ForceBodies(Lexicon lexicon) {
        this.heads = lexicon.words("organisation-heads.csv");
        this.forces = lexicon.words("force-nouns.csv");
        this.breaks = lexicon.clauseBreaks();
        this.domesticWords = lexicon.words("domestic-forces.csv");
    }

    /**
     * The body a demonym names with the head word after it ("Ruritanian police": the Ruritania Police
     * Service when the article names it), else the demonym's party.
     */
    String demonym(SentenceView view, Mention first, Discourse discourse) {
        if (first.matchType() != MatchType.DEMONYM) {
            return first.entityId();
        }
        String next = view.word(view.endToken(first)).toLowerCase(Locale.ROOT);
        String body = heads.contains(next) ? discourse.organisationAnywhere(next) : null;
        return body != null ? body : first.entityId();
    }

    /**
     * Whether {@code m} owns a thing rather than acts: a possessive before anything but a force noun, a
     * head word or the attack word at token {@code t} ("Jane Roe's home", not "Ruritania's army" or
     * "Ruritania's confirmed airstrike").
     */
    boolean ownsThing(SentenceView view, Mention m, int t) {
        int k = view.endToken(m);
        if (!view.possessiveAt(k)) {
            return false;
        }
        for (int j = k + 2; j < Math.min(view.size(), k + 5); j++) {
            if (j == t) {
                return false;
            }
            String word = view.word(j).toLowerCase(Locale.ROOT);
            if (heads.contains(word) || forces.contains(word) || view.mentionAt(j) != null) {
                return false;   // "Ruritania's armed forces", "Yemen's Houthi rebels"
            }
        }
        return true;
    }

    /**
     * The party of the bare force noun that is the subject of the attack word at token {@code t}, in
     * tokens {@code [from, t)}, or null: the nearest such noun, with only lower-case words, or "in"/"of"
     * and a country, between it and the attack word. A state's own forces with no state named
     * ("government forces", "security forces", "police": {@code domestic-forces.csv}) are the forces of the
     * country where the first of {@code targets} that is a city or region lies ("government forces fired on
     * protesters in Port Elbe").
     */
    String bare(SentenceView view, int from, int t, Discourse discourse, List<String> targets) {
        for (int k = t - 1; k >= Math.max(from, t - WINDOW); k--) {
            String word = view.word(k).toLowerCase(Locale.ROOT);
            if (view.quoted(k) || breaks.contains(word) || word.equals(",")) {
                return null;
            }
            if (!view.tokens().get(k).isWord() || view.mentionAt(k) != null) {
                continue;
            }
            if (heads.contains(word) || forces.contains(word)) {
                if (k > from && view.mentionAt(k - 1) != null) {
                    return null;   // "Ruritanian police": read from the demonym
                }
                String party = of(view, k + 1, t, word, discourse);
                boolean domestic = domesticWords.contains(word) || domesticWords.contains(view.word(k - 1));
                return party != null || !domestic ? party : where(view, t, targets, discourse);
            }
            if (view.tokens().get(k).isCapitalised() && k > from) {
                return null;
            }
        }
        return null;
    }

    /**
     * The country of the first target that is a city or region with a known country, else of the first such
     * place after the attack word at token {@code t} ("in the Port Elbe neighbourhood of Kalo"); or null.
     */
    private static String where(SentenceView view, int t, List<String> targets, Discourse discourse) {
        var countryOf = discourse.article().countryOf();
        if (countryOf == null) {
            return null;
        }
        List<String> places = new java.util.ArrayList<>(targets);
        for (int k = t; k < view.size(); k++) {
            Mention m = view.mentionAt(k);
            if (m != null && !view.quoted(k)) {
                places.add(m.entityId());
            }
        }
        for (String place : places) {
            Kind kind = discourse.kind(place);
            String country = kind == Kind.SETTLEMENT || kind == Kind.REGION ? countryOf.apply(place) : null;
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** The country after "in"/"of" right after the noun, else the organisation named with the head word. */
    private String of(SentenceView view, int after, int t, String word, Discourse discourse) {
        if (after < t && OF.contains(view.word(after))) {
            int k = view.word(after + 1).equals("the") ? after + 2 : after + 1;
            Mention m = view.mentionAt(k);
            if (m != null && view.kind(m) == Kind.COUNTRY) {
                return m.entityId();
            }
        }
        for (int k = after; k < t; k++) {
            if (view.mentionAt(k) != null) {
                return null;   // another party stands between the noun and the attack word
            }
        }
        return heads.contains(word) ? discourse.organisationAnywhere(word) : null;
    }
}
