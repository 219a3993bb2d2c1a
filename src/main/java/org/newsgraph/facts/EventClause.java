package org.newsgraph.facts;

import java.time.temporal.Temporal;
import java.util.Optional;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * The clause of an event word and the date it gives the event: the event's own time expression
 * ("an airstrike on April 10", "shelled the town last October") from the event word forward to a
 * clause break ({@code clause-breaks.csv}) or a speech verb, else back from the event word to one;
 * when its clause names no time, the date of the sentence ({@link Discourse#date}), as before. So
 * "the ministry said on Friday that an airstrike on April 10 hit the town" dates the airstrike
 * April 10, not Friday.
 *
 * <pre>{@code
 * Temporal date = new EventClause(lexicon).date(view, start, t, tEnd, discourse);
 * }</pre>
 */
final class EventClause {
    private final Lexicon lexicon;

    EventClause(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The date of the event whose word is tokens {@code [trigger, triggerEnd)}, in a stretch of the
     * sentence from token {@code from}.
     */
    Temporal date(SentenceView view, int from, int trigger, int triggerEnd, Discourse discourse) {
        DateResolver dates = new DateResolver(lexicon, discourse.article().published());
        Optional<Temporal> own = dates.resolve(view, trigger, end(view, triggerEnd))
                .or(() -> dates.resolve(view, start(view, from, trigger), trigger));
        return own.orElseGet(() -> discourse.date(view));
    }

    /** The token after the event's clause: the first clause break or speech verb after its word. */
    private int end(SentenceView view, int triggerEnd) {
        for (int k = triggerEnd; k < view.size(); k++) {
            if (boundary(view, k)) {
                return k;
            }
        }
        return view.size();
    }

    /** The first token of the event's clause: after the last clause break or speech verb before its word. */
    private int start(SentenceView view, int from, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, from); k--) {
            if (boundary(view, k)) {
                return k + 1;
            }
        }
        return Math.max(0, from);
    }

    private boolean boundary(SentenceView view, int k) {
        return lexicon.clauseBreaks().contains(view.word(k)) || lexicon.speechVerbs().at(view.words(), k).isPresent();
    }
}
