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
 * else no speaker (rule {@code quote-unattributed}) rather than a wrong one. A term after "so-called" and a
 * heading in quotation marks (a whole sentence without a full stop) are no quotations. A transcript line
 * ("MS SMITH: …", {@link Transcripts}) is a quotation without quotation marks by the person its label
 * names, one for the whole turn over the line's sentences (rule {@code quote-transcript}), or by the press
 * with no speaker (rule {@code quote-question}).
 * A quotation that runs on over several sentences of a paragraph ({@link SentenceView#endsInQuote}) and has no speaker in its
 * first sentences waits ({@link Discourse#hold}) for the speaker of the sentence that closes it.
 *
 * <pre>{@code
 * List<Quotation> quotes = new QuotationRules(new SpeechVerbs(lexicon), lexicon.words("naming-verbs.csv"))
 *         .find(view, start, discourse);
 * }</pre>
 */
final class QuotationRules {
    /** The rule id of a quotation whose speaker is the one an earlier sentence named. */
    static final String CONTINUED = "quote-continued";
    /** The rule id of a quotation nobody is found to say. */
    static final String UNATTRIBUTED = "quote-unattributed";

    /** Marks that end a sentence: a quotation that has none and is all its sentence is a heading. */
    private static final Set<String> ENDS = Set.of(".", "!", "?");
    private final SpeechVerbs verbs;
    private final Set<String> naming;

    QuotationRules(SpeechVerbs verbs, Set<String> namingVerbs) {
        this.verbs = verbs;
        this.naming = Set.copyOf(namingVerbs);
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
        Transcripts.Line formal = line == null ? discourse.formalLine(view, start) : null;
        Quotation turn = discourse.turn();
        Quotation opening = discourse.opening();
        if (turn == null && opening != null && line != null && !line.press() && line.from() == 0
                && line.speaker().equals(opening.speaker())) {
            turn = opening;   // "MS. DOE: All right. We are …": the turn starts with the words that run the briefing
        }
        discourse.opening(formal != null && !formal.press() && formal.from() > 0
                ? new Quotation(formal.speaker(), view.text(formal.from(), view.size()),
                        view.evidence(formal.from(), view.size(), "quote-transcript"))
                : null);
        boolean continues = turn != null && line != null && !line.press() && line.from() == 0
                && line.speaker().equals(turn.speaker());
        if (turn != null && !continues) {
            found.add(closed(turn));
            discourse.turn(null);
        }
        if (line != null && line.to() > line.from()) {
            // "MS SMITH: …" is a quotation without quotation marks, one for the whole turn of the speaker; the
            // press's question ("QUESTION: …") has no named speaker
            if (line.press()) {
                found.add(new Quotation(null, view.text(line.from(), line.to()), view.evidence(line.from(), line.to(),
                        "quote-question")));
            } else {
                Evidence words = view.evidence(line.from(), view.size(), "quote-transcript");
                String text = view.text(line.from(), view.size());
                discourse.turn(continues ? new Quotation(turn.speaker(), turn.text() + " " + text, new Evidence(
                        turn.evidence().sentence(), turn.evidence().start(), words.end(), words.rule()))
                        : new Quotation(line.speaker(), text, words));
            }
        }
        List<Phrases.Match<SpeechType>> inSentence = verbs.in(view, start);
        String accordingTo = view.quotes().isEmpty() ? null : according(view, start, discourse);
        for (int[] q : view.quotes()) {
            String speaker = null;
            Phrases.Match<SpeechType> nearest = null;
            for (Phrases.Match<SpeechType> v : inSentence) {
                if (nearest == null || distance(v, q) < distance(nearest, q)) {
                    nearest = v;
                }
            }
            if (nearest == null) {
                nearest = namingVerb(view, start, q[0]);
            }
            if (nearest != null) {
                speaker = Speakers.of(view, nearest, start, verbs.postposed(view, nearest), discourse);
            }
            String source = accordingTo;
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
            if (text.isBlank() || title(view, q[0], end) || soCalled(view, q[0]) || heading(view, start, q)) {
                continue;
            }
            String rule = source != null ? "quote-according-to" : nearest != null ? "quote-verb"
                    : speaker != null ? CONTINUED : UNATTRIBUTED;
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
        if (line != null && line.to() > line.from() && !line.press() && discourse.lastQuoteSentence() != view.sentence().index()) {
            // the turn's speaker speaks on, unless the sentence named another ("General Roe wrote:"), whose words follow
            discourse.quoted(line.speaker(), view.sentence().index());
        }
        return found;
    }

    /**
     * Whether quoted tokens {@code [from, to)} are a name in Title Case, not speech: a programme, a
     * book, an operation ("a guest on “Hello VOA.”", "Operation “Iron Shield”"): two to four words,
     * each capitalised, or one after "the" ("the “Samay” weekly").
     */
    private static boolean title(SentenceView view, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            if (view.tokens().get(k).isWord()) {
                if (!view.tokens().get(k).isCapitalised()) {
                    return false;
                }
                words++;
            }
        }
        // one capitalised word after "the": the name of a paper or a group ("editor of the "Samay" weekly")
        return words >= 2 && words <= 4 || words == 1 && view.word(from - 2).equals("the");
    }

    /** Whether "so-called" stands before the quotation starting at token {@code from}: a term held at a distance, no words said. */
    private static boolean soCalled(SentenceView view, int from) {
        int k = from - 2;   // the word before the opening mark
        return view.word(k).equalsIgnoreCase("so-called")
                || view.word(k).equalsIgnoreCase("called") && view.word(k - 1).equals("-") && view.word(k - 2).equalsIgnoreCase("so");
    }

    /**
     * Whether the quotation {@code q} is the whole sentence with no full stop, question or exclamation mark: a
     * heading in quotation marks ("'Ancient and modern terror'" over the paragraphs that quote it), no words said.
     */
    private static boolean heading(SentenceView view, int start, int[] q) {
        for (int k = start; k < view.size(); k++) {
            if ((k < q[0] || k >= q[1]) && view.tokens().get(k).isWord() || ENDS.contains(view.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb of {@code naming-verbs.csv} before the quotation at token {@code quote}, outside quotation
     * marks ("Angoliga called the death “unfortunate”"), read as a speech verb; or null.
     */
    private Phrases.Match<SpeechType> namingVerb(SentenceView view, int start, int quote) {
        for (int k = quote - 1; k >= start; k--) {
            if (!view.quoted(k) && naming.contains(view.word(k))) {
                return new Phrases.Match<>(SpeechType.SAY, k, k + 1);
            }
        }
        return null;
    }

    /** A transcript turn as it is kept: its words without the final full stop. */
    static Quotation closed(Quotation turn) {
        String text = turn.text();
        int cut = 0;
        while (text.length() - cut > 1 && text.charAt(text.length() - 1 - cut) == '.') {
            cut++;
        }
        Evidence e = turn.evidence();
        return new Quotation(turn.speaker(), text.substring(0, text.length() - cut).strip(),
                new Evidence(e.sentence(), e.start(), e.end() - cut, e.rule()));
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
