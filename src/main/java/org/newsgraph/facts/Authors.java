package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The author a statement's heading names (rule {@value #RULE}): one of the article's first {@value #HEAD}
 * sentences opens with a word of {@code authored-headings.csv} and names one person after "by" ("Statement by
 * Ambassador Jane Roe", "Remarks by Secretary John Doe"). The article's quotations that no sentence gives a
 * speaker ({@code quote-unattributed}: a statement that is all one quotation, opened after its dateline) are
 * that person's. A heading that names two people after "by" ("Remarks by President Roe and Prime Minister Doe"),
 * or none ("Statement by the Press Secretary"), names no author, and the quotations keep no speaker rather than a
 * wrong one; a question of the press ({@code quote-question}) is never the author's.
 *
 * <pre>{@code
 * String author = new Authors(lexicon).of(views);   // or null
 * List<Quotation> quotations = Authors.credit(found, author);
 * }</pre>
 */
final class Authors {
    /** The rule id of a quotation given to the author of the statement's heading. */
    static final String RULE = "quote-author";
    /** How many of the article's first sentences may be its heading. */
    static final int HEAD = 3;
    /** How many tokens after "by" its author may start ("by U.S. Ambassador to Mexico Jane Roe"). */
    private static final int AFTER_BY = 8;

    private final Phrases<String> openers = new Phrases<>();

    Authors(Lexicon lexicon) {
        lexicon.words("authored-headings.csv").forEach(w -> openers.add(w, w));
    }

    /** The one person a heading among the article's first sentences names as its author, or null. */
    String of(List<SentenceView> views) {
        for (SentenceView view : views.subList(0, Math.min(HEAD, views.size()))) {
            var opener = openers.at(view.words(), 0);
            if (opener.isEmpty()) {
                continue;
            }
            for (int k = opener.get().end(); k < view.size(); k++) {
                if (view.word(k).equals("by")) {
                    return onePerson(view, k + 1);
                }
            }
        }
        return null;
    }

    /** The person named after token {@code from}, when the heading names no other person after it; or null. */
    private static String onePerson(SentenceView view, int from) {
        String found = null;
        for (int k = from; k < view.size(); k++) {
            Mention m = view.mentionAt(k);
            if (m == null) {
                if (found != null && view.word(k).equals("and")) {
                    return null;   // "Remarks by President Roe and Prime Minister Doe": two authors
                }
                continue;
            }
            if (view.kind(m) == Kind.PERSON) {
                if (found != null && !found.equals(m.entityId()) || k >= from + AFTER_BY && found == null) {
                    return null;
                }
                found = m.entityId();
            }
            k = view.endToken(m) - 1;
        }
        return found;
    }

    /** The quotations with every unattributed one given to {@code author} (when there is one). */
    static List<Quotation> credit(List<Quotation> quotations, String author) {
        if (author == null) {
            return quotations;
        }
        List<Quotation> out = new ArrayList<>(quotations.size());
        for (Quotation q : quotations) {
            Evidence e = q.evidence();
            out.add(q.speaker() == null && e.rule().equals(QuotationRules.UNATTRIBUTED)
                    ? new Quotation(author, q.text(), new Evidence(e.sentence(), e.start(), e.end(), RULE)) : q);
        }
        return out;
    }
}
