package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * A block quotation's source line: a paragraph of quotations nobody is found to say, then a line of its own that
 * names the speaker, maybe after a dash and a title, and then only what and when (no sentence's full stop):
 *
 * <pre>{@code
 * “We will not accept this occupation. Our forces will defend every village.”
 *
 * President Jane Roe, 4 March 2023, address to the nation
 * }</pre>
 *
 * The quotations of that paragraph are the person's (rule {@value #RULE}).
 */
final class SourceLines {
    /** The rule id of a quotation whose source line follows it. */
    static final String RULE = "quote-source-line";
    /** The most tokens a source line has. */
    private static final int MAX_TOKENS = 24;
    /** The most tokens before the speaker's name on a source line (a dash and a title). */
    private static final int MAX_LEAD = 5;
    private static final Set<String> DASHES = Set.of("—", "–", "-", "―");
    private static final Set<String> ENDS = Set.of(".", "!", "?", ":");

    private SourceLines() {
    }

    /**
     * The quotations, those without a speaker in the paragraph right before a source line given to the person it
     * names.
     *
     * @param views      the article's sentences, in order
     * @param paragraphs the indices of the sentences that start a paragraph
     */
    static List<Quotation> credit(List<Quotation> quotations, List<SentenceView> views, Set<Integer> paragraphs) {
        List<Quotation> out = new ArrayList<>(quotations);
        for (int v = 1; v < views.size(); v++) {
            SentenceView line = views.get(v);
            int index = line.sentence().index();
            boolean ownParagraph = paragraphs.contains(index)
                    && (v + 1 == views.size() || paragraphs.contains(views.get(v + 1).sentence().index()));
            String speaker = ownParagraph ? speaker(line) : null;
            if (speaker == null) {
                continue;
            }
            int from = v - 1;   // the paragraph before the line
            while (from > 0 && !paragraphs.contains(views.get(from).sentence().index())) {
                from--;
            }
            int first = views.get(from).sentence().index();
            for (int i = 0; i < out.size(); i++) {
                Quotation q = out.get(i);
                Evidence e = q.evidence();
                if (q.speaker() == null && e.sentence() >= first && e.sentence() < index) {
                    out.set(i, new Quotation(speaker, q.text(), new Evidence(e.sentence(), e.start(), e.end(), RULE)));
                }
            }
        }
        return out;
    }

    /** The person a source line names, or null when the sentence is no source line. */
    private static String speaker(SentenceView line) {
        int size = line.size();
        if (size == 0 || size > MAX_TOKENS || ENDS.contains(line.word(size - 1)) || !line.quotes().isEmpty()) {
            return null;
        }
        for (int k = 0; k < Math.min(size, MAX_LEAD + 1); k++) {
            Mention m = line.mentionAt(k);
            if (m != null) {
                int after = line.endToken(m);
                boolean ends = after == size || line.word(after).equals(",");
                return line.kind(m) == Kind.PERSON && line.firstToken(m) == k && ends ? m.entityId() : null;
            }
            boolean lead = DASHES.contains(line.word(k)) || line.tokens().get(k).isWord() && line.tokens().get(k).isCapitalised();
            if (!lead) {
                return null;
            }
        }
        return null;
    }
}
