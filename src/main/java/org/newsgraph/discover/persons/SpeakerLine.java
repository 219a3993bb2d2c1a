package org.newsgraph.discover.persons;

import org.newsgraph.recognize.SentenceView;

/**
 * A parliament's record heads a speech with a line that names its speaker and nothing else, without a full
 * stop: a title and, in brackets, a word of address and the name ("The Secretary of State for Foreign
 * Affairs (Mr. Jane Roe)"), or the word of address and the name before the member's seat in brackets ("Mrs.
 * Jane Roe (Lanark)"); after the word of address one name is enough ("(Lord Roe)", "Mr. Roe (Lanark)"); or, in
 * a copy of the record, the name, a title and the time of the speech ({@link StampedLines}). Such a line is mostly capitalised words, yet no headline: the person finder keeps
 * what this rule finds there. A bracket that does not close the line ("Mr. Roe (Lanark) said …") is
 * another rule's.
 */
public record SpeakerLine() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-speaker-line";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        SentenceView view = name.view();
        if (!name.quoted() && cues.opensStampedLine(view, name.start(), name.end())) {
            return true;   // "Jane Roe Shadow Secretary of State (Defence), Member, Labour Party 4:04, 3 July 1991"
        }
        if (name.quoted() || !cues.honorificBefore(view, name.start())) {
            return false;
        }
        int address = cues.addressStart(view, name.start());
        if (name.after(0).equals(")") && view.word(address - 1).equals("(")) {
            return name.end() + 1 == view.size() && address > 1;   // "The Prime Minister (Mr. Jane Roe)"
        }
        if (address == 0 && name.after(0).equals("(")) {
            int close = name.end() + 1;
            while (close < view.size() && !view.word(close).equals(")")) {
                close++;
            }
            return close + 1 == view.size() && close > name.end() + 1;   // "Mrs. Jane Roe (Lanark)"
        }
        return false;
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
