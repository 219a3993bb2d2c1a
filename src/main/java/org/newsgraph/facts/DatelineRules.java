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
 * settlement) and date (in the article's year). The story of that sentence starts after the dash.
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
            return 0;
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
            return 0;
        }
        Mention place = view.mentionAt(0);
        discourse.dateline(new Discourse.Dateline(view.sentence().index(),
                place != null && view.kind(place) == Kind.SETTLEMENT ? place.entityId() : null, date.orElse(null)));
        return dash + 1;
    }
}
