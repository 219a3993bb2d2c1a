package org.newsgraph.discover.persons;

/**
 * One way of knowing that capitalised words name a person, from what surrounds them: a title before
 * them, a title in apposition, a speech verb, a verb only a person does, "according to". The person
 * finder tries the rules of {@link PersonRules#BY_SHAPE} in their order; the first that matches names the
 * person, and its {@link #name()} is the rule recorded for the person ({@code ng:foundBy} in the graph),
 * which must be a row of {@code data/rules/rule-ids.csv}.
 *
 * <p>To add a rule: write a record implementing this interface, put it in {@link PersonRules#BY_SHAPE}
 * where it should be tried, add its row to {@code rule-ids.csv}, and add sentences where it must and must
 * not fire to {@code PersonFinderTest}.
 *
 * <pre>{@code
 * record AfterTitle() implements PersonRule {
 *     public String name() { return "person-title"; }
 *     public boolean matches(NameSpan name, Cues cues) { return cues.titleBefore(name.view(), name.start()); }
 *     public double confidence(NameSpan name) { return CONFIDENT; }
 * }
 * }</pre>
 */
public interface PersonRule {
    /** Confidence of a name found with a title or in a byline. */
    double CONFIDENT = 0.9;
    /** Confidence of a full name found as a speaker. */
    double LIKELY = 0.75;
    /** Confidence of a lone surname found as a speaker. */
    double POSSIBLE = 0.5;

    /** The rule's id, as recorded in the graph and listed in {@code data/rules/rule-ids.csv}. */
    String name();

    /** Whether the rule finds a person in {@code name}. */
    boolean matches(NameSpan name, Cues cues);

    /** How sure a finding of this rule is: {@link #LIKELY} for a full name, {@link #POSSIBLE} for one word. */
    default double confidence(NameSpan name) {
        return name.full() ? LIKELY : POSSIBLE;
    }
}
