package org.newsgraph.facts;

import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Meetings told by a word that needs a person as its object ({@code meeting-person-objects.csv}): "hosted
 * Jane Roe", "received his Elbonian counterpart John Doe", "spoke to Jane Roe" are meetings, with the
 * persons named there as the other party; "received weapons", "welcomed the decision", "spoke to
 * reporters" are none.
 *
 * <pre>{@code
 * if (objects.needsPerson(view, trigger) && !objects.named(view, trigger.end())) { ... no meeting ... }
 * }</pre>
 */
final class MeetingObjects {
    /** How far after a meeting word of {@code meeting-person-objects.csv} its person may be named, in tokens. */
    private static final int WINDOW = 6;
    /** Small words that may lead to that person: "received his counterpart", "hosted the visiting …". */
    private static final Set<String> LEADS = Set.of("the", "his", "her", "their", "its", "counterpart",
            "visiting", "former", "new", "outgoing", "incoming");

    private final Lexicon lexicon;
    private final Set<String> words;

    MeetingObjects(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = lexicon.words("meeting-person-objects.csv");
    }

    /** Whether the meeting word {@code t} ends in a word that needs a person after it. */
    boolean needsPerson(SentenceView view, Phrases.Match<EventKind> t) {
        return words.contains(view.word(t.end() - 1));
    }

    /** Whether a person is named as the object from token {@code k} ({@link #first}). */
    boolean named(SentenceView view, int k) {
        return first(view, k) >= 0;
    }

    /**
     * The token of the person named from token {@code k}, maybe after "the", "his" or "her", demonyms, a few
     * lower-case words ("his Elbonian counterpart", {@link #LEADS}) and a title, at most {@link #WINDOW} tokens
     * ahead; or -1.
     */
    private int first(SentenceView view, int k) {
        for (int j = k; j < Math.min(view.size(), k + WINDOW); j++) {
            Mention m = view.mentionAt(j);
            if (m != null && view.kind(m) == Kind.PERSON) {
                return j;
            }
            if (m != null && m.matchType() == MatchType.DEMONYM) {
                j = view.endToken(m) - 1;
                continue;
            }
            var title = lexicon.titles().at(view.words(), j);
            if (title.isPresent()) {
                j = title.get().end() - 1;
                Mention owner = view.word(j + 1).equals("of") ? view.mentionAt(j + 2) : null;
                if (owner != null && view.firstToken(owner) == j + 2 && view.isAgent(owner)) {
                    // "spoke to the President of Ruritania, President Jane Roe": the holder, or the title's owner
                    int after = view.endToken(owner);
                    int named = view.word(after).equals(",") ? first(view, after + 1) : -1;
                    return named >= 0 ? named : j + 2;
                }
                continue;
            }
            if (m != null || !view.tokens().get(j).isWord() || !Character.isLowerCase(view.tokens().get(j).text().charAt(0))
                    || !LEADS.contains(view.word(j))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of the persons named as a meeting's object from token {@code k}: the first person's mention and
     * those coordinated with it by "and" (maybe after a title); {@code k} when none is named in
     * {@link #WINDOW} tokens.
     */
    int end(SentenceView view, int k) {
        int at = first(view, k);
        if (at < 0) {
            return k;
        }
        int end = view.endToken(view.mentionAt(at));
        while (view.word(end).equals("and")) {
            var title = lexicon.titles().at(view.words(), end + 1);
            Mention next = view.mentionAt(title.isPresent() ? title.get().end() : end + 1);
            if (next == null || view.kind(next) != Kind.PERSON) {
                break;
            }
            end = view.endToken(next);
        }
        return end;
    }
}
