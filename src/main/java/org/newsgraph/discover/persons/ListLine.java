package org.newsgraph.discover.persons;

/**
 * A full name in a list or infobox line, with its title in brackets after it or before it and a colon:
 * "Elena Varga (Prime Minister)", "Chile: Elena Varga (Prime Minister, Commander-in-Chief)", "Prime
 * Minister: Elena Varga". Such lines are mostly capitalised words without a full stop, yet no headline:
 * the person finder keeps what this rule finds there. Not inside a quotation.
 */
public record ListLine() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-list-line";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        if (name.quoted() || !name.full()) {
            return false;
        }
        return name.after(0).equals("(") && cues.titleAfter(name.view(), name.end() + 1)
                || name.before(1).equals(":") && cues.titleBeforeComma(name.view(), name.start() - 1);
    }

    @Override
    public double confidence(NameSpan name) {
        return CONFIDENT;
    }
}
