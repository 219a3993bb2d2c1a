package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.SpeechType;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.recognize.SentenceView;

/**
 * The quotation rules: the words inside quotation marks, with the speaker of the speech verb nearest
 * to them ({@link Speakers}: a person before a country, a bare surname as the person last named with
 * it; rule {@code quote-verb}); with no verb in the sentence, the last speaker quoted or claiming
 * (rule {@code quote-continued}, in the next sentence, or two sentences on when the quote opens the
 * sentence, never across a paragraph or past another speaker: {@link Discourse#continuedSpeaker});
 * else no speaker (rule {@code quote-unattributed}) rather than a wrong one.
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
            if (speaker == null && nearest == null) {
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
            String rule = nearest != null ? "quote-verb" : speaker != null ? "quote-continued" : "quote-unattributed";
            found.add(new Quotation(speaker, text, view.evidence(q[0], end, rule)));
            if (speaker != null) {
                discourse.quoted(speaker, view.sentence().index());
            }
        }
        return found;
    }

    private static int distance(Phrases.Match<?> verb, int[] quote) {
        return verb.start() >= quote[1] ? verb.start() - quote[1] : Math.max(0, quote[0] - verb.end());
    }
}
