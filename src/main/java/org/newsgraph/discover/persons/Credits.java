package org.newsgraph.discover.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * The credit rule: the names of a byline ("By A and B") and of credit lines ("Additional reporting by …;
 * Editing by …"), after the cues of {@code credit-cues.csv}. An author cue counts only at the start of a
 * line or after an opening bracket.
 *
 * <pre>{@code
 * boolean credit = new Credits(lexicon, NameReader.of(lexicon)).read(view, names, credits);
 * }</pre>
 */
public final class Credits {
    /** The rule's id. */
    public static final String NAME = "person-credit";

    private final Lexicon lexicon;
    private final NameReader reader;

    public Credits(Lexicon lexicon, NameReader reader) {
        this.lexicon = lexicon;
        this.reader = reader;
    }

    /**
     * Reads the credits of one sentence: adds the names found to {@code names} and their ids to
     * {@code credits} under their role; whether the sentence is a byline or credit line.
     */
    public boolean read(SentenceView view, List<PersonSpan> names, Map<CreditRole, List<String>> credits) {
        List<Token> tokens = view.tokens();
        boolean found = false;
        int i = 0;
        while (i < tokens.size()) {
            var cue = lexicon.credits().at(view.words(), i);
            boolean byline = cue.isPresent() && cue.get().value() == CreditRole.AUTHOR;
            if (cue.isEmpty() || byline && i > 0 && !view.word(i - 1).equals("(")) {
                i++;
                continue;
            }
            CreditRole role = cue.get().value();
            int j = cue.get().end();
            List<int[]> spans = new ArrayList<>();
            while (j < tokens.size()) {
                int end = reader.nameEnd(view, j);
                if (end - j < 2 && !(end > j && tokens.get(j).isCapitalised())) {
                    break;
                }
                spans.add(new int[] {j, end});
                j = end;
                if (view.word(j).equals(",") || view.word(j).equals("and")) {
                    j++;
                    if (view.word(j).equals("and")) {
                        j++;
                    }
                } else {
                    break;
                }
            }
            if (spans.isEmpty() || byline && i == 0 && j < tokens.size() && !isCreditEnd(view.word(j))) {
                i++;
                continue;
            }
            found = true;
            for (int[] span : spans) {
                names.add(new PersonSpan(span[0], span[1], NAME, PersonRule.CONFIDENT));
                credits.computeIfAbsent(role, r -> new ArrayList<>()).add(Names.slug(view.text(span[0], span[1])));
            }
            i = j;
        }
        return found;
    }

    private static boolean isCreditEnd(String word) {
        return word.equals(";") || word.equals(")") || word.equals(".") || word.isEmpty();
    }
}
