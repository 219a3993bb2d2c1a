package org.newsgraph.discover.persons;

/**
 * Tokens {@code [start, end)} of a sentence found to be a person's name, by a rule, with a confidence.
 *
 * <pre>{@code
 * new PersonSpan(3, 5, AfterTitle.NAME, PersonRule.CONFIDENT);
 * }</pre>
 *
 * @param start      the first token
 * @param end        one past the last token
 * @param rule       the name of the rule that found it (a row of {@code data/rules/rule-ids.csv})
 * @param confidence from 0 to 1
 */
public record PersonSpan(int start, int end, String rule, double confidence) {
}
