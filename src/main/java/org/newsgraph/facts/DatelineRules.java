package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The dateline rule: "TBILISI, Sept 13 (Reuters) –" in one of the first sentences, a capitalised
 * word, a comma, a month name and a dash, gives the dateline's place (when the word names a
 * settlement) and date (in the article's year); a place alone in capitals before a dash ("KATHMANDU —",
 * "ADDIS ABABA, Ethiopia —") gives the place and no date. The story of that sentence starts after the dash.
 * It runs first on every sentence outside the byline and credit lines, until it has found the article's
 * dateline. It stays a fact rule, not a layout one: the first sentence of that shape counts only outside
 * the credit lines, which need the gazetteer's mentions, and its place is a recognised settlement.
 *
 * <pre>{@code
 * int start = new DatelineRules(lexicon).start(view, discourse);   // 8 for "TBILISI, Sept 13 (Reuters) - …"
 * }</pre>
 */
final class DatelineRules {
    /** The last sentence a dateline may stand in. */
    private static final int LAST_SENTENCE = 12;

    private final Lexicon lexicon;

    DatelineRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The token where the story of the sentence starts: after its dateline, which it records in
     * {@code discourse}, or 0.
     */
    int start(SentenceView view, Discourse discourse) {
        if (discourse.dateline().isPresent() || view.sentence().index() > LAST_SENTENCE || view.size() < 5) {
            return 0;
        }
        int comma = -1;
        for (int i = 1; i < Math.min(5, view.size()); i++) {
            if (view.word(i).equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0 || !view.tokens().get(0).isCapitalised()) {
            return placeOnly(view, discourse);
        }
        int dash = -1;
        for (int i = comma + 1; i < Math.min(comma + 9, view.size()); i++) {
            String w = view.word(i);
            if (w.equals("-") || w.equals("—")) {
                dash = i;
                break;
            }
        }
        LocalDate published = discourse.article().published();
        Optional<LocalDate> date = published == null ? Optional.empty()
                : DateResolver.dateline(lexicon, view, comma + 1, published.getYear());
        boolean monthFollows = lexicon.dates().at(view.words(), comma + 1).isPresent();
        if (dash < 0 || !monthFollows) {
            return placeOnly(view, discourse);
        }
        Mention place = view.mentionAt(0);
        discourse.dateline(new Discourse.Dateline(view.sentence().index(),
                place != null && view.kind(place) == Kind.SETTLEMENT ? place.entityId() : null, date.orElse(null)));
        return dash + 1;
    }

    /**
     * A dateline of a place alone, in capitals, before a dash: "KATHMANDU —", "ADDIS ABABA, Ethiopia —",
     * "NAIROBI, KENYA (VOA) —". It has no date of its own; the story starts after the dash; the place must be
     * a settlement, region or country ("NATO — the alliance — said" is no dateline); a word in capitals the gazetteer does not read
     * as a place, with its country after it ("GAO, Mali —"), gives the country. Returns that start, or 0.
     */
    private static int placeOnly(SentenceView view, Discourse discourse) {
        Mention place = view.mentionAt(0);
        int placeEnd = place != null ? view.endToken(place) : 1;
        int start = capitals(view, 0, placeEnd) ? view.afterDateline(placeEnd) : -1;
        if (start < 0) {
            return 0;
        }
        if (place == null && view.word(1).equals(",")) {
            place = view.mentionAt(2);   // "GAO, Mali —", a town the gazetteer does not know in capitals: where it lies
        }
        Kind kind = place == null ? null : view.kind(place);
        if (kind != Kind.SETTLEMENT && kind != Kind.REGION && kind != Kind.COUNTRY) {
            return 0;   // "NATO — the alliance of 32 nations — said …": a subject, no dateline
        }
        discourse.dateline(new Discourse.Dateline(view.sentence().index(), place.entityId(), null));
        return start;
    }

    /** Whether every letter of tokens {@code [from, to)} is a capital. */
    private static boolean capitals(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            String text = view.tokens().get(k).text();
            if (text.chars().anyMatch(Character::isLowerCase) || text.chars().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
