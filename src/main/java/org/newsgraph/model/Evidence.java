package org.newsgraph.model;

import java.util.Objects;

/**
 * Where a statement comes from and which rule made it.
 *
 * @param sentence 1-based sentence index
 * @param start    first character of the supporting span, in the normalised text
 * @param end      one past its last character
 * @param rule     the name of the rule that made the statement
 */
public record Evidence(int sentence, int start, int end, String rule) {
    public Evidence {
        Objects.requireNonNull(rule, "rule");
        if (sentence < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + "," + end + ") in sentence " + sentence);
        }
    }
}
