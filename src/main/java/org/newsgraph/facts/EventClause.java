package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;

/**
 * The clause of an event word and the date it gives the event: the event's own time expression
 * ("an airstrike on April 10", "shelled the town last October") from the event word forward to a
 * clause break ({@code clause-breaks.csv}) or a speech verb, else back from the event word to one;
 * when its clause names no time, the date of the sentence ({@link Discourse#date}); when a speech verb
 * before the event word reports it, only a time named after the event word, before another speech verb ("Ruritania on Thursday blamed
 * the bombing on …": Thursday is the report's day; "reported that the truce broke down after it took effect
 * early Tuesday": Tuesday). So
 * "the ministry said on Friday that an airstrike on April 10 hit the town" dates the airstrike
 * April 10, not Friday; "claimed responsibility Thursday for the attack" does not date the attack (the
 * claim's day is not the attack's, and no other date of the sentence stands in for it), nor does "spoke yesterday
 * with Y to discuss the attack" ({@code topic-verbs.csv}: the talk's day). In its own clause a month dates the event without a day
 * ({@link DateResolver#resolveInClause}): "fighting in October" the last October, "will meet in
 * October" (a clause with a word of {@code future-time-words.csv}) the next one, "in October 2021"
 * that month; a bare month of the reporting verb's clause ("In October, Ruritania said …") dates nothing.
 * The same clause bounds the parties of clashes and ceasefires ({@link EventRules}).
 *
 * <pre>{@code
 * Temporal date = new EventClause(lexicon).date(view, start, t, tEnd, discourse);
 * }</pre>
 */
final class EventClause {
    private final Lexicon lexicon;
    private final Set<String> planWords;
    private final Set<String> topicVerbs;

    EventClause(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.planWords = lexicon.words("future-time-words.csv");
        this.topicVerbs = lexicon.words("topic-verbs.csv");
    }

    /**
     * The date of the event whose word is tokens {@code [trigger, triggerEnd)}, in a stretch of the
     * sentence from token {@code from}.
     */
    Temporal date(SentenceView view, int from, int trigger, int triggerEnd, Discourse discourse) {
        return date(view, from, trigger, triggerEnd, discourse, true);
    }

    /**
     * As {@link #date(SentenceView, int, int, int, Discourse)}; {@code anchors} says whether the event's own
     * day is one later counted days ("four days earlier") count from: not a statement's.
     */
    Temporal date(SentenceView view, int from, int trigger, int triggerEnd, Discourse discourse, boolean anchors) {
        DateResolver dates = new DateResolver(lexicon, discourse.article().published());
        int claimedFor = claimedFor(view, from, trigger);
        int topic = topic(view, from, trigger);
        int start = claimedFor >= 0 ? claimedFor : topic >= 0 ? topic : start(view, from, trigger);
        int end = end(view, triggerEnd);
        boolean plan = plan(view, start, end);
        LocalDate anchor = discourse.dayBefore(view.sentence().index());
        Optional<Temporal> own = dates.resolveInClause(view, trigger, end, plan, anchor)
                .or(() -> dates.resolveInClause(view, start, trigger, plan, anchor));
        if (anchors) {
            own.ifPresent(date -> discourse.dated(view.sentence().index(), date));
        }
        // "claimed responsibility Thursday for the attack": Thursday is the claim's day, not the attack's
        // "spoke yesterday with Y to discuss X's attack": yesterday is the talk's day, not the attack's
        // "Ruritania on Thursday blamed the bombing on …", "said Thursday it has yet to learn who launched the
        // attack": a reported event takes no date from the report's clause, only from a time named after it
        return own.orElseGet(() -> claimedFor >= 0 || topic >= 0 ? null
                : reported(view, from, trigger) ? dates.resolve(view, trigger, nextReport(view, trigger)).orElse(null)
                : discourse.date(view));
    }

    /**
     * The date told by tokens {@code [from, to)} alone ("late Monday" after "the attack"), or null: no date of the
     * sentence or its clause stands in for it.
     */
    Temporal dateIn(SentenceView view, int from, int to, Discourse discourse) {
        DateResolver dates = new DateResolver(lexicon, discourse.article().published());
        return dates.resolveInClause(view, from, to, false, discourse.dayBefore(view.sentence().index())).orElse(null);
    }

    /** Where the next speech verb after token {@code k} stands, whose time is its own report's; the sentence's end when none. */
    private int nextReport(SentenceView view, int k) {
        for (int j = k + 1; j < view.size(); j++) {
            if (!view.quoted(j) && lexicon.speechVerbs().at(view.words(), j).isPresent()) {
                return j;
            }
        }
        return view.size();
    }

    /** Whether a speech verb outside quotation marks stands before the event word at {@code trigger}: the event is what is said. */
    private boolean reported(SentenceView view, int from, int trigger) {
        for (int k = Math.max(0, from); k < trigger; k++) {
            if (!view.quoted(k) && lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the topic of a talk starts, right after "to discuss" ({@code topic-verbs.csv}) before the event
     * word at {@code trigger}; -1 when the event word is no topic.
     */
    private int topic(SentenceView view, int from, int trigger) {
        for (int k = trigger - 2; k > Math.max(from, trigger - 12); k--) {
            if (view.word(k).equals("to") && topicVerbs.contains(view.word(k + 1))) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * Where the stretch of what a party claims responsibility for starts, right after its "for"
     * ("claimed responsibility on Thursday for the attack"); -1 when the event word at {@code trigger}
     * is not claimed so.
     */
    private static int claimedFor(SentenceView view, int from, int trigger) {
        for (int k = trigger - 1; k > Math.max(from, trigger - 10); k--) {
            if (view.word(k).equals("for")) {
                for (int j = k - 1; j >= Math.max(from, k - 5); j--) {
                    if (view.word(j).equals("responsibility")) {
                        return k + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether tokens {@code [from, to)} hold a word of a plan ({@code future-time-words.csv}: "will", "planned"). */
    private boolean plan(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (planWords.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The token after the event's clause: the first clause break or speech verb after its word. */
    int end(SentenceView view, int triggerEnd) {
        for (int k = triggerEnd; k < view.size(); k++) {
            if (boundary(view, k)) {
                return k;
            }
        }
        return view.size();
    }

    /**
     * The first token of the event's clause: after the last clause break or speech verb before its
     * word, and after the "that" of "said on Friday that" when one follows the speech verb; "to" does
     * not end it backwards ("agreed to a ceasefire", "planned to meet").
     */
    int start(SentenceView view, int from, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, from); k--) {
            if (view.word(k).equals("to") || !boundary(view, k)) {
                continue;
            }
            if (lexicon.speechVerbs().at(view.words(), k).isPresent()) {
                for (int c = k + 1; c < Math.min(trigger, k + 6); c++) {
                    if (view.word(c).equals("that")) {
                        return c + 1;
                    }
                }
            }
            return k + 1;
        }
        return Math.max(0, from);
    }

    /** Whether token {@code k} ends a clause: a word of {@code clause-breaks.csv} or a speech verb. */
    boolean boundary(SentenceView view, int k) {
        return lexicon.clauseBreaks().contains(view.word(k)) || lexicon.speechVerbs().at(view.words(), k).isPresent();
    }
}
