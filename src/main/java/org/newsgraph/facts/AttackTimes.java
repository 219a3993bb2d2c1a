package org.newsgraph.facts;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.recognize.SentenceView;

/**
 * When the article's attack happened, told in a sentence of its own (rule {@value #RULE}): an attack word
 * as the subject of a verb of {@code occurrence-verbs.csv} whose clause names a time: "The attack took place
 * late Sunday", "Two separate attacks happened on Friday", "The shooting occurred on Monday, police said"; or
 * an attack word whose own phrase names it, with no party: "In advance of the March 22nd attack, …",
 * "Sunday's bombing killed 12".
 * Such a sentence names neither attacker nor target, so it is no attack of its own: its time
 * ({@link EventClause}) dates the attacks with a target and no date of their own told at most {@value #NEAR} sentences
 * before or after it, and no further than the next such sentence ({@link #resolve}). "Gunmen attacked
 * a police post in Elbe. The attack took place late Sunday." dates the attack on Elbe Sunday. A sentence
 * that tells an attack of its own keeps its own date and dates nothing else.
 *
 * <pre>{@code
 * Event time = new AttackTimes(lexicon).in(view, trigger, start, discourse);   // or null
 * List<Event> events = AttackTimes.resolve(found);                              // in article order
 * }</pre>
 */
final class AttackTimes {
    /** The rule id of an attack's time told on its own. */
    static final String RULE = "attack-time";
    /** How many sentences from the time's own an attack it dates may be told. */
    static final int NEAR = 4;
    /** How many tokens may stand between the attack word and its verb ("the attacks on the capital took place"). */
    private static final int VERB = 5;

    /** How many tokens before the attack word its own phrase may hold ("the Friday - night suicide attack"). */
    private static final int PHRASE = 6;
    /** The words that open the attack's phrase. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those");

    private final Lexicon lexicon;
    private final Phrases<String> verbs = new Phrases<>();
    private final Set<String> breaks;
    private final EventClause clause;

    AttackTimes(Lexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.words("occurrence-verbs.csv").forEach(w -> verbs.add(w, w));
        this.breaks = lexicon.clauseBreaks();
        this.clause = new EventClause(lexicon);
    }

    /**
     * The time of the attack word {@code trigger} when it is the subject of a verb of occurrence, as an
     * attack with no parties (rule {@value #RULE}); null when it is not, or its clause names no time.
     */
    Event in(SentenceView view, Phrases.Match<EventKind> trigger, int start, Discourse discourse) {
        if (view.quoted(trigger.start())) {
            return null;
        }
        int phrase = phraseStart(view, start, trigger.start());
        Temporal own = phrase < trigger.start() ? new DateResolver(lexicon, discourse.article().published())
                .resolve(view, phrase, trigger.start()).orElse(null) : null;
        if (own != null) {
            // "the March 22nd attack", "Sunday's bombing": the attack's own words date it
            return new Event(EventKind.ATTACK, List.of(), null, List.of(), null, own, null,
                    view.evidence(phrase, trigger.end(), RULE));
        }
        for (int k = trigger.end(); k < Math.min(view.size(), trigger.end() + VERB); k++) {
            var verb = verbs.at(view.words(), k);
            if (verb.isPresent()) {
                Temporal date = clause.date(view, start, trigger.start(), trigger.end(), discourse);
                return date == null ? null : new Event(EventKind.ATTACK, List.of(), null, List.of(), null, date,
                        null, view.evidence(trigger.start(), verb.get().end(), RULE));
            }
            if (view.quoted(k) || breaks.contains(view.word(k)) || view.word(k).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where the words before the attack word at {@code trigger} that belong to its phrase start: back to its
     * article ("the March 22nd attack", "Sunday's attack", "yesterday's deadly bombing"), at most
     * {@value #PHRASE} tokens, never before {@code start}.
     */
    private static int phraseStart(SentenceView view, int start, int trigger) {
        int k = trigger;
        while (k - 1 >= Math.max(start, trigger - PHRASE)) {
            String w = view.word(k - 1);
            if (ARTICLES.contains(w) || !view.tokens().get(k - 1).isWord() && !w.equals("'") && !w.equals("’")
                    && !w.equals("-") || view.mentionAt(k - 1) != null) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * The events with every attack time merged into the attacks it dates: those with a target and no date of
     * their own, told at most {@value #NEAR} sentences from it and not beyond another attack time. An attack time in a
     * sentence that tells an attack of its own, or with no attack near it, is dropped.
     */
    static List<Event> resolve(List<Event> events) {
        List<Integer> times = new ArrayList<>();
        Set<Integer> told = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (time(e)) {
                times.add(i);
            } else if (e.kind() == EventKind.ATTACK) {
                told.add(e.evidence().sentence());
            }
        }
        if (times.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        for (int n = 0; n < times.size(); n++) {
            Event time = events.get(times.get(n));
            int sentence = time.evidence().sentence();
            if (told.contains(sentence)) {
                continue;
            }
            int after = n > 0 ? events.get(times.get(n - 1)).evidence().sentence() : Integer.MIN_VALUE;
            int before = n + 1 < times.size() ? events.get(times.get(n + 1)).evidence().sentence() : Integer.MAX_VALUE;
            for (int i = 0; i < out.size(); i++) {
                Event e = out.get(i);
                int s = e.evidence().sentence();
                if (e.kind() == EventKind.ATTACK && !time(e) && e.date() == null && !e.targets().isEmpty()
                        && Math.abs(s - sentence) <= NEAR
                        && s > after && s < before) {
                    out.set(i, new Event(e.kind(), e.participants(), e.attacker(), e.targets(), e.place(),
                            time.date(), e.claim(), e.evidence()));
                }
            }
        }
        out.removeIf(AttackTimes::time);
        return out;
    }

    /** Whether {@code e} is an attack's time told on its own. */
    private static boolean time(Event e) {
        return e.kind() == EventKind.ATTACK && e.evidence().rule().equals(RULE);
    }
}
