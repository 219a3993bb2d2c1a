package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.CasualtyRole;
import org.newsgraph.lexicon.Lexicon.CasualtyWord;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The casualty rule (rule {@code casualties}): in a sentence with a word of death of
 * {@code casualty-words.csv}, a count (digits that are no year, "70,000", a number word, or "an
 * unknown number") with its qualifier ("at least") and, within four words, a victim word
 * ("soldiers") or a demonym in the plural ("Armenians"), with the victims' country when one is
 * named, else the country of the place the sentence says they died in ("in Ruritania", "in Port Elbe", "in northern
 * Ruritania", "shelled the town of Port Elbe"). Who reports it is the claimant whose claim holds it, else the publisher.
 *
 * <pre>{@code
 * List<Casualties> counts = new CasualtyRules(lexicon).find(view, start, said.claims(), discourse);
 * }</pre>
 */
final class CasualtyRules {
    private final Lexicon lexicon;
    private final java.util.Set<String> placeWords;
    /** Adjectives of a part of a place ({@code direction-adjectives.csv}: "in northern Ruritania"). */
    private final java.util.Set<String> directions;
    /** Nouns for a party's armed forces ({@code force-nouns.csv}): the dead a state reports of its own. */
    private final java.util.Set<String> forces;
    /** Articles between a place preposition and the place ("in the Donbas", "in an Elbonian resort town"). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    CasualtyRules(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.placeWords = lexicon.words("event-place-prepositions.csv");
        this.directions = lexicon.words("direction-adjectives.csv");
        this.forces = lexicon.words("force-nouns.csv");
    }

    /** Whether no party is named in the tokens {@code [from, to)}: "two soldiers", not "30 Front fighters". */
    private static boolean unnamed(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.mentionAt(k) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of death follows token {@code end} in its clause, the dead its subject ("two soldiers were
     * killed", "… and two soldiers died"), not the object of a killing told before them.
     */
    private boolean deathAfter(SentenceView view, int end) {
        for (int k = end; k < view.size() && !lexicon.clauseBreaks().contains(view.word(k)); k++) {
            if (isDeath(view, k)) {
                return true;
            }
        }
        return false;
    }

    /** The casualty counts of sentence {@code view} from token {@code start}; {@code said} are its claims. */
    List<Casualties> find(SentenceView view, int start, List<Claim> said, Discourse discourse) {
        List<Casualties> found = new ArrayList<>();
        boolean death = false;
        for (int k = start; k < view.size() && !death; k++) {
            death = isDeath(view, k);
        }
        if (!death) {
            return found;
        }
        for (int i = start; i < view.size(); i++) {
            Integer count = number(view, i);
            String qualifier = "";
            int phraseStart = i;
            int after = count == null ? i + 1 : numberEnd(view, i);
            Optional<Phrases.Match<CasualtyWord>> q = lexicon.casualties().endingAt(view.words(), i);
            if (count == null) {
                Optional<Phrases.Match<CasualtyWord>> unknown = lexicon.casualties().at(view.words(), i);
                if (unknown.isEmpty() || unknown.get().value().role() != CasualtyRole.UNCOUNTED) {
                    continue;
                }
                qualifier = "unknown number";
                after = unknown.get().end();
            } else if (q.isPresent() && q.get().value().role() == CasualtyRole.QUALIFIER) {
                qualifier = view.text(q.get().start(), q.get().end()).toLowerCase(Locale.ROOT);
                phraseStart = q.get().start();
            }
            String victims = null;
            int end = -1;
            for (int k = after; k < Math.min(view.size(), after + 4); k++) {
                Mention m = view.mentionAt(k);
                if (m != null && view.kind(m) == Kind.COUNTRY) {
                    victims = m.entityId();
                    if (m.matchType() == MatchType.DEMONYM && m.surface().endsWith("s")) {
                        end = view.endToken(m);
                        break;
                    }
                    k = view.endToken(m) - 1;
                    continue;
                }
                if (lexicon.casualties().at(view.words(), k).map(c -> c.value().role() == CasualtyRole.VICTIM)
                        .orElse(false)) {
                    end = k + 1;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            // "ran down two Ruritanian soldiers, killing one": the dead are the number after the verb of death
            int part = view.word(end).equals(",") && isDeath(view, end + 1) ? end + 2 : -1;
            Integer dead = part > 0 ? number(view, part) : null;
            if (dead != null && dead < count(count)) {
                count = dead;
                end = numberEnd(view, part);
            }
            Claim claim = ClaimRules.around(view, said, i);
            if (victims == null && claim != null && discourse.kind(claim.claimant()) == Kind.COUNTRY
                    && forces.contains(view.word(end - 1)) && unnamed(view, after, end) && deathAfter(view, end)) {
                victims = claim.claimant();   // "Ruritania's military says two soldiers were killed": its soldiers
            }
            if (victims == null) {
                victims = where(view, start, discourse);   // "In Ruritania at least 35 people were killed"
            }
            String reportedBy = claim != null ? claim.claimant() : discourse.article().publisher();
            found.add(new Casualties(count, qualifier, victims, reportedBy,
                    view.evidence(phraseStart, end, "casualties")));
            i = end - 1;
        }
        return found;
    }

    /** Whether a word of death ({@code casualty-words.csv}) starts at token {@code k}. */
    private boolean isDeath(SentenceView view, int k) {
        return lexicon.casualties().at(view.words(), k).map(m -> m.value().role() == CasualtyRole.DEATH).orElse(false);
    }

    /** The count, or the largest int for an unknown number. */
    private static int count(Integer count) {
        return count == null ? Integer.MAX_VALUE : count;
    }

    /**
     * The country the sentence says the deaths happened in: of the first place after a word of
     * {@code event-place-prepositions.csv} ("in Ruritania", "in Port Elbe"); else null.
     */
    private String where(SentenceView view, int start, Discourse discourse) {
        for (int k = Math.max(start, 1); k < view.size(); k++) {
            Mention m = view.mentionAt(k);
            if (m == null || view.firstToken(m) != k || !view.isPlace(m) || view.quoted(k)) {
                continue;
            }
            int before = k - 1;
            while (before > start && directions.contains(view.word(before).toLowerCase(Locale.ROOT))) {
                before--;   // "in northern Ruritania", "in far western Ruritania"
            }
            if (ARTICLES.contains(view.word(before).toLowerCase(Locale.ROOT))) {
                before--;   // "in the Donbas", "in a Ruritanian desert town"
            }
            // "the town of Port Elbe": a word of place-words.csv whose place is the name after "of"
            boolean named = view.word(before).equals("of") && lexicon.placeWords().endingAt(view.words(), before)
                    .filter(w -> !w.value().withHead()).isPresent();
            if (named || placeWords.contains(view.word(before).toLowerCase(Locale.ROOT))) {
                return view.kind(m) == Kind.COUNTRY ? m.entityId()
                        : discourse.article().countryOf() == null ? null : discourse.article().countryOf().apply(m.entityId());
            }
        }
        return null;
    }

    /**
     * A count at token {@code i}: digits (not a year), digits in thousands groups ("70,000"), or a
     * number word; null inside a thousands group.
     */
    private Integer number(SentenceView view, int i) {
        String w = view.word(i);
        if (SentenceView.digits(w, 3, 3) && view.word(i - 1).equals(",")
                && SentenceView.digits(view.word(i - 2), 1, 3)) {
            return null;
        }
        if (SentenceView.digits(w, 1, 3) && numberEnd(view, i) > i + 1) {
            StringBuilder digits = new StringBuilder(w);
            for (int k = i + 1; k + 1 < numberEnd(view, i); k += 2) {
                digits.append(view.word(k + 1));
            }
            return digits.length() <= 9 ? Integer.parseInt(digits.toString()) : null;
        }
        if (SentenceView.digits(w, 1, 4) && !(w.length() == 4 && w.compareTo("1800") > 0)) {
            return Integer.parseInt(w);
        }
        return lexicon.casualties().at(view.words(), i).filter(m -> m.value().role() == CasualtyRole.NUMBER
                && m.end() == i + 1).map(m -> m.value().value()).orElse(null);
    }

    /** The token after the number starting at {@code i}: past its ",000" groups, if any. */
    private static int numberEnd(SentenceView view, int i) {
        int k = i + 1;
        while (view.word(k).equals(",") && SentenceView.digits(view.word(k + 1), 3, 3)
                && view.tokens().get(k).start() == view.tokens().get(k - 1).end()
                && view.tokens().get(k + 1).start() == view.tokens().get(k).end()) {
            k += 2;
        }
        return k;
    }
}
