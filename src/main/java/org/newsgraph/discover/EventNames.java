package org.newsgraph.discover;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.layout.Layout;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Token;

/**
 * Named events: "the Korean War", "World War II", "the Luanda Mini-Summit on Peace and Security", "the
 * Jeddah Declaration of Commitment to Protect the Civilians of Sudan", "the Battle of Mosul", "Operation
 * Iron Swords" ({@code data/rules/event-names.csv}; the small words inside a name, "of", "on", "to" …, in
 * {@code event-connectors.csv}). The places and countries inside such a name are part of it, not mentions
 * of their own.
 */
final class EventNames extends NameShapes {
    private static final double EVENT = 0.7;
    /** Most words in an event's name: "the Jeddah Declaration of Commitment to Protect the Civilians of Sudan". */
    private static final int MAX_EVENT_WORDS = 12;
    /** The rule file of the small words that may stand inside an event's name after its head word. */
    static final String CONNECTORS_FILE = "event-connectors.csv";

    /** Folded words of {@value #CONNECTORS_FILE}. */
    private final Set<String> connectors;

    EventNames(Lexicon lexicon, Gazetteer gazetteer) {
        super(lexicon, gazetteer);
        this.connectors = lexicon.words(CONNECTORS_FILE);
    }

    /**
     * Named events: capitalised words (names of places and countries included) before a capitalised event
     * word — "the Korean War", "the Luanda Mini-Summit on Peace and Security", "World War II" — or an event
     * word that leads — "the Battle of Mosul", "Operation Iron Swords". The names inside are part of the
     * event's name, not mentions of their own. Not in headlines ("ECOWAS to Hold Talks with Military
     * Junta"), whose words are capitalised whatever they are: lines without a full stop.
     */
    void events(SentenceView view, List<Span> spans) {
        String text = view.sentence().text().strip();
        if (text.isEmpty() || !Layout.endsLikeASentence(text)) {
            return;
        }
        for (int i = 0; i < view.size(); i++) {
            Token t = view.tokens().get(i);
            Optional<Phrases.Match<Lexicon.EventLead>> word = t.isWord() && t.isCapitalised()
                    ? lexicon.eventWords().at(view.words(), i) : Optional.empty();
            if (word.isEmpty() || taken(spans, i)) {
                continue;
            }
            int after = word.get().end();
            if (romanNumeral(view, after)) {
                after++;
            }
            boolean goesOn = after < view.size() && view.tokens().get(after).isWord()
                    && view.tokens().get(after).isCapitalised();
            Lexicon.EventLead lead = word.get().value();
            if (goesOn && lead != Lexicon.EventLead.NAME) {
                // "the International Crisis Group": the name goes on, it is not the event word's
                continue;
            }
            int start = goesOn ? i : eventNameBefore(view, i);
            int end;
            if (start < i) {
                end = eventTail(view, after);
            } else if (lead == Lexicon.EventLead.OF && view.word(after).equals("of")) {
                end = eventTail(view, after);
            } else if (lead == Lexicon.EventLead.NAME) {
                end = capitalisedWithMentions(view, after, MAX_WORDS);
            } else {
                continue;
            }
            if (end <= after && start == i) {
                continue;
            }
            spans.add(span(start, end, view.text(start, end), Kind.NAMED_EVENT, "event-name", EVENT));
            i = end - 1;
        }
    }

    /**
     * The start of the name before an event word at {@code end}: capitalised words, names the gazetteer
     * knows, years and ordinals, joined by dashes ("Mini-Summit", "Six-Day"); {@code end} when none.
     */
    private int eventNameBefore(SentenceView view, int end) {
        int start = end;
        int words = 0;
        for (int k = end - 1; k >= 0 && words < MAX_WORDS; k--) {
            Token t = view.tokens().get(k);
            boolean name = t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null)
                    && !lexicon.notNames().contains(view.word(k)) && lexicon.titles().at(view.words(), k).isEmpty()
                    && lexicon.dates().at(view.words(), k).isEmpty()
                    || SentenceView.digits(t.text(), 4, 4);
            Mention dotted = t.isWord() ? null : view.mentionAt(k);
            if (name) {
                start = k;
                words++;
            } else if (dotted != null && view.endToken(dotted) == k + 1 && k + 1 < view.size()
                    && view.word(k + 1).equals("-") && tight(view, k, k + 2)) {
                // "the U.S.-Africa Leaders Summit": a name written with full stops before the dash
                k = view.firstToken(dotted);
                start = k;
                words++;
            } else if (!(t.text().equals("-") && k > 0 && tight(view, k - 1, k + 1))) {
                break;
            }
        }
        return view.tokens().get(start).isWord() ? start : start + 1;
    }

    /** The end of "of Commitment to Protect the Civilians of Sudan" after an event's head word at {@code i}. */
    private int eventTail(SentenceView view, int i) {
        if (!connectors.contains(view.word(i)) || view.word(i).equals("the") || view.word(i).equals("and")
                || atPlace(view, i)) {
            return i;
        }
        int end = i;
        int words = 0;
        for (int k = i; k < view.size() && words < MAX_EVENT_WORDS; k++) {
            Token t = view.tokens().get(k);
            if (t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null)) {
                words++;
                end = k + 1;
            } else if (t.text().equals("-") && words > 0 && tight(view, k - 1, k + 1)) {
                continue;
            } else if (t.text().equals(",") && words > 0 && listGoesOn(view, k)) {
                // "the Treaty of Friendship, Cooperation, and Mutual Assistance"
                continue;
            } else if (!(connectors.contains(t.text()) && beforeCapitals(view, k))) {
                break;
            }
        }
        return end;
    }

    /** "in Washington" after an event's name: where it is held, not part of its name. */
    private static boolean atPlace(SentenceView view, int i) {
        Mention next = view.word(i).equals("in") ? view.mentionAt(i + 1) : null;
        if (next == null) {
            return false;
        }
        Kind kind = view.kind(next);
        return kind == Kind.SETTLEMENT || kind == Kind.COUNTRY || kind == Kind.REGION;
    }

    /**
     * Whether the comma at token {@code k} continues a list of capitalised words closed by "and":
     * ", Cooperation, and Mutual Assistance" (but not ", Kim said").
     */
    private static boolean listGoesOn(SentenceView view, int k) {
        int j = k + 1;
        while (j < view.size()) {
            int words = 0;
            if (view.word(j).equals("and")) {
                j++;
            }
            while (j < view.size() && view.tokens().get(j).isWord() && view.tokens().get(j).isCapitalised()) {
                j++;
                words++;
            }
            if (words == 0) {
                return false;
            }
            if (view.word(j - words - 1).equals("and")) {
                return true;
            }
            if (j >= view.size() || !view.word(j).equals(",") && !view.word(j).equals("and")) {
                return false;
            }
            if (view.word(j).equals(",")) {
                j++;
            }
        }
        return false;
    }

    private static boolean romanNumeral(SentenceView view, int i) {
        return i < view.size() && view.tokens().get(i).text().matches("I{1,3}|IV|V|VI{1,3}");
    }
}
