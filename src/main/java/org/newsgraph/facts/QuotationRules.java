package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * The quotation rules: the words inside quotation marks, with the speaker of the speech verb nearest
 * to them ({@link Speakers}: a person before a country, a bare surname as the person last named with
 * it; rule {@code quote-verb}); the source "according to X" names when the sentence has no speech verb
 * or the verb's subject is no person ("According to the defence ministry, Baku said …": the ministry's
 * account; rule {@code quote-according-to}); with neither, the last speaker quoted or claiming
 * (rule {@code quote-continued}, in the next sentence, or two sentences on when the quote opens the
 * sentence, never across a paragraph or past another speaker: {@link Discourse#continuedSpeaker});
 * else no speaker (rule {@code quote-unattributed}) rather than a wrong one. A transcript line
 * ("MS SMITH: …", {@link Transcripts}) is a quotation without quotation marks by the person its label
 * names (rule {@code quote-transcript}), or by the press with no speaker (rule {@code quote-question}).
 * A quotation that runs on over several sentences of a paragraph ({@link SentenceView#endsInQuote}) and has no speaker in its
 * first sentences waits ({@link Discourse#hold}) for the speaker of the sentence that closes it.
 *
 * <pre>{@code
 * List<Quotation> quotes = new QuotationRules(new SpeechVerbs(lexicon)).find(view, start, discourse);
 * }</pre>
 */
final class QuotationRules {
    private final SpeechVerbs verbs;

    QuotationRules(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /** The quotations of sentence {@code view} from token {@code start}; their speakers go to {@code discourse}. */
    List<Quotation> find(SentenceView view, int start, Discourse discourse) {
        List<Quotation> found = new ArrayList<>();
        List<Quotation> waiting = discourse.release();
        if (!view.startsInQuote()) {
            found.addAll(waiting);
            waiting = List.of();
        }
        Transcripts.Line line = discourse.transcriptLine(view, start);
        if (line != null && line.to() > line.from()) {
            // "MS SMITH: …" is a quotation without quotation marks; "QUESTION: …" has no named speaker
            found.add(new Quotation(line.speaker(), view.text(line.from(), line.to()), view.evidence(line.from(),
                    line.to(), line.press() ? "quote-question" : "quote-transcript")));
            if (!line.press()) {
                discourse.quoted(line.speaker(), view.sentence().index());
            }
        }
        List<Phrases.Match<SpeechType>> inSentence = verbs.in(view, start);
        for (int[] q : view.quotes()) {
            String speaker = null;
            Phrases.Match<SpeechType> nearest = null;
            for (Phrases.Match<SpeechType> v : inSentence) {
                if (nearest == null || distance(v, q) < distance(nearest, q)) {
                    nearest = v;
                }
            }
            if (nearest != null) {
                speaker = Speakers.of(view, nearest, start, verbs.postposed(view, nearest), discourse);
            }
            String source = according(view, start, discourse);
            if (source != null && speaker != null && discourse.kind(speaker) == Kind.PERSON) {
                source = null; // "according to the ministry, Smith said “…”": Smith's words
            }
            if (source != null) {
                speaker = source;
            } else if (speaker == null && nearest == null) {
                speaker = discourse.continuedSpeaker(view, q[0] <= start + 1);
            }
            int end = q[1];
            while (end > q[0] && Set.of(",", ";", ":").contains(view.word(end - 1))) {
                end--;
            }
            String text = view.text(q[0], end);
            if (text.isBlank()) {
                continue;
            }
            String rule = source != null ? "quote-according-to" : nearest != null ? "quote-verb"
                    : speaker != null ? "quote-continued" : "quote-unattributed";
            if (q[0] == 0 && !waiting.isEmpty()) {
                // the sentences a quotation ran over before this one have this one's speaker
                for (Quotation w : waiting) {
                    found.add(speaker == null ? w : new Quotation(speaker, w.text(), new Evidence(
                            w.evidence().sentence(), w.evidence().start(), w.evidence().end(), rule)));
                }
                waiting = List.of();
            }
            Quotation quotation = new Quotation(speaker, text, view.evidence(q[0], end, rule));
            if (speaker == null && q[1] == view.size() && view.endsInQuote()) {
                discourse.hold(quotation);
                continue;
            }
            found.add(quotation);
            if (speaker != null) {
                discourse.quoted(speaker, view.sentence().index());
            }
        }
        return found;
    }

    /** The source "according to X" names outside quotation marks (a person before his country), or null. */
    private static String according(SentenceView view, int start, Discourse discourse) {
        for (int i = start; i + 1 < view.size(); i++) {
            if (!view.quoted(i) && view.word(i).equals("according") && view.word(i + 1).equals("to")) {
                Mention m = discourse.agents().firstAgent(view, i + 2, Math.min(view.size(), i + 8));
                return m == null ? null : m.entityId();
            }
        }
        return null;
    }

    private static int distance(Phrases.Match<?> verb, int[] quote) {
        return verb.start() >= quote[1] ? verb.start() - quote[1] : Math.max(0, quote[0] - verb.end());
    }
}
