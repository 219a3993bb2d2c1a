package org.newsgraph.discover.persons;

/**
 * A full name with an age in apposition: "the suspect is Jane Roe, 32, a teacher", "Jane Roe, 41, was
 * charged". Only people are given ages between commas; an age is a number from {@value #YOUNGEST} to
 * {@value #OLDEST}. Not inside a quotation.
 */
public record Age() implements PersonRule {
    /** The rule's id. */
    public static final String NAME = "person-age";
    /** The youngest age read as one. */
    static final int YOUNGEST = 10;
    /** The oldest age read as one. */
    static final int OLDEST = 110;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean matches(NameSpan name, Cues cues) {
        if (name.quoted() || !name.full() || !name.after(0).equals(",") || !name.after(1).matches("[0-9]{2,3}")) {
            return false;
        }
        int age = Integer.parseInt(name.after(1));
        String next = name.after(2);
        return age >= YOUNGEST && age <= OLDEST && (next.equals(",") || next.equals(".") || next.equals(";")
                || next.isEmpty());
    }
}
