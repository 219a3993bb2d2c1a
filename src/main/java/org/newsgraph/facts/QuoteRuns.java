package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.text.Sentence;

/**
 * One quotation that runs over several sentences is one quotation: the sentences of a quotation left open
 * (pieces found each in its own sentence by {@link QuotationRules}, the last maybe with its own speech verb:
 * {@code … We are ready," he added.}) are joined to the piece before them when the same speaker says both, or
 * the first piece has no speaker of its own (none, or only the one an earlier sentence named: {@code quote-continued}) ({@code "We mourn. We will stand with them," she said.} is hers), in
 * consecutive sentences, and no quotation mark closes the first or opens the next between them: {@code "These attacks show contempt for civilians. We mourn every
 * life lost."} is one quotation; {@code "We mourn," she said. "We will stand with them."} stays two. The
 * joined quotation's text is the article's text from the first piece's start to the last piece's end.
 *
 * <pre>{@code
 * List<Quotation> quotes = QuoteRuns.join(found, sentences);
 * }</pre>
 */
final class QuoteRuns {
    /** Quotation marks, straight and curly. */
    private static final String MARKS = "\"“”‘’«»";

    private QuoteRuns() {
    }

    /** The quotations, each run of pieces of one open quotation joined into one. */
    static List<Quotation> join(List<Quotation> quotations, List<Sentence> sentences) {
        List<Quotation> out = new ArrayList<>();
        for (Quotation q : quotations) {
            Quotation last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && continues(last, q, sentences)) {
                out.set(out.size() - 1, joined(last, q, sentences));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean continues(Quotation first, Quotation next, List<Sentence> sentences) {
        if (next.speaker() == null || first.speaker() != null && !inferred(first) && !first.speaker().equals(next.speaker())) {
            return false;   // an unattributed first piece, or one that only continues an earlier speaker, takes the
                            // speaker its last piece names
        }
        Sentence a = sentence(sentences, lastSentence(first, sentences));
        Sentence b = sentence(sentences, next.evidence().sentence());
        if (a == null || b == null || b.index() != a.index() + 1 || first.evidence().end() > a.end()
                || next.evidence().start() < b.start()) {
            return false;
        }
        String after = a.text().substring(first.evidence().end() - a.start());
        String before = b.text().substring(0, next.evidence().start() - b.start());
        return !hasMark(after) && !hasMark(before) && after.isBlank() && before.isBlank();
    }

    private static Quotation joined(Quotation first, Quotation next, List<Sentence> sentences) {
        Sentence a = sentence(sentences, first.evidence().sentence());
        Sentence b = sentence(sentences, next.evidence().sentence());
        StringBuilder text = new StringBuilder();
        for (int i = a.index(); i <= b.index(); i++) {
            Sentence s = sentence(sentences, i);
            int from = i == a.index() ? first.evidence().start() : s.start();
            int to = i == b.index() ? next.evidence().end() : s.end();
            if (i > a.index()) {
                text.append(" ".repeat(Math.max(1, s.start() - sentence(sentences, i - 1).end())));
            }
            text.append(s.text(), from - s.start(), to - s.start());
        }
        Evidence e = first.evidence();
        String rule = first.speaker() == null || inferred(first) ? next.evidence().rule() : e.rule();   // who names the speaker
        return new Quotation(next.speaker(), text.toString(),
                new Evidence(e.sentence(), e.start(), next.evidence().end(), rule));
    }

    /** Whether {@code q}'s speaker is only the one an earlier sentence named (rule {@code quote-continued}). */
    private static boolean inferred(Quotation q) {
        return q.evidence().rule().equals(QuotationRules.CONTINUED);
    }

    /** The sentence a quotation, maybe already joined, ends in. */
    private static int lastSentence(Quotation q, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (q.evidence().end() >= s.start() && q.evidence().end() <= s.end()) {
                return s.index();
            }
        }
        return q.evidence().sentence();
    }

    private static Sentence sentence(List<Sentence> sentences, int index) {
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    private static boolean hasMark(String s) {
        return s.chars().anyMatch(c -> MARKS.indexOf(c) >= 0);
    }
}
