package org.newsgraph.discover.persons;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Token;

/**
 * The namesake rule: "Heydar Aliyev" is not "Ilham Aliyev". A gazetteer person matched by a surname alone,
 * right after a first name the gazetteer does not know, is another person of that surname; after a given
 * name and an initial ("Antony J. Blinken") it is the known person, named in full.
 *
 * <pre>{@code
 * new Namesakes(NameReader.of(lexicon)).find(view, names, extended, kinds);
 * }</pre>
 */
public final class Namesakes {
    /** The rule's id. */
    public static final String NAME = "person-namesake";

    private final NameReader reader;

    public Namesakes(NameReader reader) {
        this.reader = reader;
    }

    /**
     * Adds to {@code names} the namesakes of one sentence, and to {@code extended} the gazetteer's mentions
     * that grow to the full name. Nothing in a headline in Title Case.
     */
    public void find(SentenceView view, List<PersonSpan> names, List<Mention> extended, Function<String, Kind> kinds) {
        if (view.titleCase()) {
            return;
        }
        for (Mention m : view.mentions()) {
            int first = view.firstToken(m);
            if (m.matchType() != MatchType.ALIAS || kinds.apply(m.entityId()) != Kind.PERSON
                    || view.endToken(m) - first != 1 || first == 0) {
                continue;
            }
            if (first >= 3 && NameReader.isInitial(view, first - 2) && view.mentionAt(first - 3) == null
                    && reader.isNameWord(view, first - 3, false)) {
                // "Antony J. Blinken": a given name and an initial before a known person's surname
                extended.add(new Mention(m.sentence(), view.startOf(first - 3), m.end(),
                        view.text(first - 3, first + 1), m.entityId(), MatchType.ALIAS, NAME));
                continue;
            }
            int start = first - 1;
            Token before = view.tokens().get(start);
            if (view.mentionAt(start) == null && before.isWord() && before.isCapitalised()
                    && reader.isNameWord(view, start, false) && !view.quoted(start)) {
                names.add(new PersonSpan(start, first + 1, NAME, PersonRule.LIKELY));
            }
        }
    }
}
