package org.newsgraph.discover.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * The credit rule: the names of a byline ("By A and B") and of credit lines ("Additional reporting by …;
 * Editing by …"), after the cues of {@code credit-cues.csv}. An author cue counts only at the start of a
 * line or after an opening bracket. A line whose credits it read is the byline when it starts with a cue
 * the list marks as the byline's ("By"), else a credit line.
 *
 * <pre>{@code
 * Credits rule = new Credits(lexicon, NameReader.of(lexicon));
 * if (rule.read(view, names, credits)) {
 *     SentenceRole role = rule.role(view);   // BYLINE for "By Jane Doe", CREDIT for "(Editing by Mark Jones)"
 * }
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
            boolean byline = cue.isPresent() && cue.get().value().role() == CreditRole.AUTHOR;
            if (cue.isEmpty() || byline && i > 0 && !view.word(i - 1).equals("(")) {
                i++;
                continue;
            }
            CreditRole role = cue.get().value().role();
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

    /**
     * The role of a sentence {@link #read} found names in: the byline when it starts with a cue that
     * {@code credit-cues.csv} marks as the byline's ("By Jane Doe"), else a credit line.
     */
    public SentenceRole role(SentenceView view) {
        String line = view.sentence().text();
        return lexicon.credits().at(view.words(), 0).filter(cue -> cue.value().startsByline(line)).isPresent()
                ? SentenceRole.BYLINE : SentenceRole.CREDIT;
    }

    private static boolean isCreditEnd(String word) {
        return word.equals(";") || word.equals(")") || word.equals(".") || word.isEmpty();
    }
}
