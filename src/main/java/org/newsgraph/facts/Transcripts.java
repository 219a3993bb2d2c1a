package org.newsgraph.facts;

import java.util.List;
import java.util.Set;
import org.newsgraph.discover.persons.StampedLines;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Transcript lines: press briefings and interviews give speech as "SPEAKER: words" without
 * quotation marks. A line that opens with a label and a colon is speech by whom the label names: an
 * honorific or title of {@code transcript-honorifics.csv} and a surname ("MS. JONES:", "SECRETARY
 * DOE:"), or a name in capitals ("JANE DOE:"), resolved to the person the article named with that
 * surname before ({@link Discourse#surname}) or a person mention in the label; a label of
 * {@code press-labels.csv} ("QUESTION:", "Q:", "REPORTER:") is the press, no named speaker. The
 * speaker holds for the next sentences of the same line, until a line without a label. A sentence
 * that only runs the briefing ({@link #formality}: "Good afternoon.") says nothing. Not a transcript
 * line: a label that names nobody the article knows ("Note:", "Update:", "Q3 results:", a dateline
 * "Washington:"), a label inside a line, or any line when the text's lines are not known.
 *
 * <pre>{@code
 * Transcripts.Line line = transcripts.line(view, start, discourse);   // null when no transcript line
 * }</pre>
 */
final class Transcripts {
    /** The longest label, in tokens before its colon ("PRESS SECRETARY JOHN F. KIRBY:"). */
    private static final int LABEL = 8;

    /**
     * A sentence of a transcript line.
     *
     * @param sentence the sentence's index
     * @param speaker  the person the label names, or null for the press
     * @param from     the first token of the words spoken
     * @param to       the end of the words spoken (a final full stop left out)
     */
    record Line(int sentence, String speaker, int from, int to) {
        /** Whether the line is a speaker line alone, heading the paragraphs of speech after it. */
        boolean heading() {
            return from == to && speaker != null;
        }

        /** Whether the press speaks. */
        boolean press() {
            return speaker == null;
        }

        /**
         * Whether the line states a proposition of its own in {@code view}: a "that" opening a clause ("we have
         * been clear that …", "my understanding is that …"). A line without one ("Let's go to Russia.", "I
         * don't have any calls to read out.") is the speaker's words, a quotation, but no claim unless it
         * blames or tells an attack.
         */
        boolean states(SentenceView view) {
            for (int k = from; k + 3 < to; k++) {
                if (view.word(k).equals("that") && view.tokens().get(k + 1).isWord() && !view.quoted(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Set<String> honorifics;
    /** Words of address before a name ({@code name-honorifics.csv}), as a parliament's speaker lines give them. */
    private final Set<String> addresses;
    private final Set<String> pressLabels;
    private final Set<String> formalities;
    private final StampedLines stampedLines;

    Transcripts(Lexicon lexicon) {
        this.honorifics = lexicon.words("transcript-honorifics.csv");
        this.addresses = lexicon.words("name-honorifics.csv");
        this.pressLabels = lexicon.words("press-labels.csv");
        this.formalities = lexicon.words("transcript-formalities.csv");
        this.stampedLines = new StampedLines(lexicon);
    }

    /**
     * Whether the words of {@code line} only run the briefing ("Good afternoon, everyone.", "Thank you.",
     * "Then I will take your questions."): {@code transcript-formalities.csv}; they are neither quotation nor claim.
     */
    boolean formality(SentenceView view, Line line) {
        StringBuilder words = new StringBuilder(" ");
        for (int k = line.from(); k < line.to(); k++) {
            words.append(view.word(k)).append(' ');
        }
        String text = words.toString();
        return formalities.stream().anyMatch(f -> text.contains(" " + f + " "));
    }

    /**
     * Settles a line's own claim ({@code spoken}, or null) against the claims of its verbs in {@code found}:
     * "MS. ROE: … the Secretary raised concerns about Ruritania's threats" blames through the Secretary, not
     * her (the line's claim keeps no accused); "SECRETARY ROE: We stand against the coercion by Ruritania" is
     * said once, by the verb's claim that blames (the line's, blaming no one, goes).
     */
    static void settle(List<Claim> found, Claim spoken) {
        if (spoken == null) {
            return;
        }
        boolean others = found.stream().anyMatch(c -> c != spoken && c.accused() != null);
        if (spoken.accused() != null && others) {
            found.set(found.indexOf(spoken), new Claim(spoken.claimant(), spoken.content(), null, null, spoken.evidence()));
        } else if (spoken.accused() == null && found.stream().anyMatch(c -> c != spoken && c.accused() != null
                && c.claimant().equals(spoken.claimant()))) {
            found.remove(spoken);
        }
    }

    /**
     * The transcript line sentence {@code view} is part of, from token {@code start}, or null; read
     * once per sentence (the claim and quotation rules share it through {@code discourse}).
     */
    Line line(SentenceView view, int start, Discourse discourse) {
        int index = view.sentence().index();
        Discourse.TranscriptState state = discourse.transcript();
        if (state.sentence() == index) {
            return state.line();
        }
        Line line = read(view, start, discourse, state);
        // whose turn runs on: the last labelled speaker's, through paragraphs with no label, until a question
        String turn = line == null ? state.turn() : line.press() ? null : line.speaker();
        // a speaker line heads the paragraphs after it; any other label ends its speech
        String headed = line == null ? null : line.heading() ? line.speaker()
                : line.speaker() != null && line.speaker().equals(state.headed()) ? state.headed() : null;
        discourse.transcript(new Discourse.TranscriptState(index, line, lone(view, start) ? index : -1, turn, headed));
        return line;
    }

    private Line read(SentenceView view, int start, Discourse discourse, Discourse.TranscriptState before) {
        int index = view.sentence().index();
        Set<Integer> paragraphs = discourse.article().paragraphs();
        if (paragraphs.isEmpty() || start > 0) {
            return null;
        }
        // "MS." on its own, split off its label by the sentence splitter: the line goes on in this sentence
        boolean opens = paragraphs.contains(index) || before.honorific() == index - 1;
        if (!opens) {
            Line last = before.line();
            return last != null && last.sentence() == index - 1 && !last.heading()
                    ? new Line(index, last.speaker(), 0, end(view, 0)) : null;
        }
        int from = view.afterEllipsis();   // "… MR. ROE: First, …" opens an excerpt
        int colon = -1;
        for (int k = from + 1; k < Math.min(view.size(), from + LABEL + 1); k++) {
            if (view.word(k).equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 && !view.quoted(from)) {
            String heads = speakerLine(view, from);
            if (heads != null) {
                return new Line(index, heads, view.size(), view.size());   // "The Prime Minister (Mr. Jane Roe)"
            }
            // a paragraph of the speech a speaker line heads
            return before.headed() == null ? null : new Line(index, before.headed(), from, end(view, from));
        }
        if (colon < 0 || colon + 1 >= view.size() || view.quoted(from)) {
            return null;
        }
        if (colon == from + 1 && pressLabels.contains(view.word(from))) {
            return new Line(index, null, colon + 1, end(view, colon + 1));
        }
        String speaker = speaker(view, from, colon, discourse, before.honorific() == index - 1);
        return speaker == null ? null : new Line(index, speaker, colon + 1, end(view, colon + 1));
    }

    /**
     * The person label {@code [from, colon)} names, or null. A bracket at the label's end holds the speaker's role or
     * name, as a parliament's record gives them: "Jane Roe (Speaker):" is Jane Roe, "The Prime Minister (Jane
     * Roe):" too.
     */
    private String speaker(SentenceView view, int from, int colon, Discourse discourse, boolean afterHonorific) {
        if (view.word(colon - 1).equals(")")) {
            int open = colon - 2;
            while (open > from && !view.word(open).equals("(")) {
                open--;
            }
            if (open <= from) {
                return null;
            }
            for (int i = open + 1; i < colon - 1; i++) {
                Mention m = view.mentionAt(i);
                if (m != null && view.kind(m) == Kind.PERSON) {
                    return m.entityId();   // "The Prime Minister (Jane Roe):"
                }
            }
            return named(view, from, open, discourse, afterHonorific);   // "Jane Roe (Speaker):"
        }
        return named(view, from, colon, discourse, afterHonorific);
    }

    /** The person the words {@code [from, colon)} name, every one of them a name, or null. */
    private String named(SentenceView view, int from, int colon, Discourse discourse, boolean afterHonorific) {
        int k = from;
        boolean titled = afterHonorific;
        while (k < colon - 1 && honorifics.contains(view.word(k)) && view.tokens().get(k).isCapitalised()) {
            titled = true;
            k++;
            if (view.word(k).equals(".")) {
                k++;
            }
        }
        String person = null;
        for (int i = k; i < colon; i++) {
            Mention m = view.mentionAt(i);
            boolean named = m != null && view.kind(m) == Kind.PERSON;
            String text = view.tokens().get(i).text();
            if (text.equals("-") && i > k && i + 1 < colon
                    || text.equals(".") && i > k && view.tokens().get(i - 1).text().length() == 1) {
                continue;   // "MS. JEAN-PIERRE:", "JOHN F. KIRBY:"
            }
            // every word of the label is a name; outside a person the article knows and after no title, in
            // capitals: "JANE DOE:", never "Washington:", "Note:" or "Dmitry Peskov said:"
            if (!view.tokens().get(i).isCapitalised() || !named && !titled && !SentenceView.capitalsOrDigits(text)) {
                return null;
            }
            if (named && person == null) {
                person = m.entityId();
            }
        }
        if (person != null) {
            return person;
        }
        return k < colon ? discourse.surname(view.word(colon - 1)) : null;
    }

    /**
     * The person a parliament record's speaker line from token {@code from} names, the line being all of the
     * sentence: a title and, in brackets at the end, a word of address and the person ("The Secretary of State
     * for Foreign Affairs (Mr. Jane Roe)"), a word of address and the person before a bracket that ends the
     * line, the member's seat ("Mrs. Jane Roe (Lanark)"), a word of address and the person alone ("Mr.
     * Roe"), or the person, a title and the time of the speech ({@link StampedLines}); null for any other sentence.
     */
    private String speakerLine(SentenceView view, int from) {
        int last = view.size() - 1;
        if (last <= from) {
            return null;
        }
        Mention first = view.mentionAt(from);
        if (first != null && view.firstToken(first) == from && view.kind(first) == Kind.PERSON && from == 0
                && stampedLines.opens(view, view.endToken(first))) {
            // "Jane Roe Shadow Secretary of State (Defence), Member, Labour Party 4:04, 3 July 1991", "Jane Roe (Leeds
            // North) (Lab)"
            return first.entityId();
        }
        if (!view.word(last).equals(")")) {
            return addressed(view, from, view.size());   // "Mr. Jane Roe" alone on its line
        }
        int open = last - 1;
        while (open > from && !view.word(open).equals("(")) {
            open--;
        }
        if (open == from && !view.word(from).equals("(")) {
            return null;
        }
        if (open > from) {
            String inside = addressed(view, open + 1, last);
            if (inside != null) {
                return inside;   // "The Prime Minister (Mr. Jane Roe)"
            }
        }
        for (int k = open + 1; k < last; k++) {
            if (!view.tokens().get(k).isCapitalised() && !view.word(k).equals(",")) {
                return null;   // a seat is capitalised words: "(Leeds, East)", not a caption's "(left)"
            }
        }
        return addressed(view, from, open);   // "Mrs. Jane Roe (Lanark)"
    }

    /**
     * The person that tokens {@code [from, to)} are, after a word of address ({@code name-honorifics.csv}: "Mr.
     * Jane Roe"), or null; a title is no word of address here ("President Jane Roe" heads a statement, no speech).
     */
    private String addressed(SentenceView view, int from, int to) {
        if (from >= to || !addresses.contains(view.word(from)) || !view.tokens().get(from).isCapitalised()) {
            return null;
        }
        Mention m = addressedPerson(view, from, addresses);
        return m != null && view.endToken(m) == to ? m.entityId() : null;
    }

    /**
     * The person whose mention starts at token {@code k}, or right after a word of address there ({@code
     * addresses}: "Mr. Jane Roe"; "Lord Roe" may be the mention itself); null when no person starts there.
     */
    static Mention addressedPerson(SentenceView view, int k, Set<String> addresses) {
        if (addresses.contains(view.word(k)) && view.mentionAt(k) == null) {
            k += view.word(k + 1).equals(".") ? 2 : 1;
        }
        Mention m = view.mentionAt(k);
        return m != null && view.kind(m) == Kind.PERSON && view.firstToken(m) == k ? m : null;
    }

    /** Whether sentence {@code view} is an honorific alone ("MS."), the start of a label split off. */
    private boolean lone(SentenceView view, int start) {
        int from = view.afterEllipsis();   // "… MS."
        return start == 0 && view.size() == from + 2 && honorifics.contains(view.word(from))
                && view.tokens().get(from).isCapitalised() && view.word(from + 1).equals(".");
    }

    /** The end of the words spoken: the sentence's end, its final full stop left out. */
    private static int end(SentenceView view, int from) {
        int end = view.size();
        while (end > from && view.word(end - 1).equals(".")) {
            end--;
        }
        return end;
    }
}
