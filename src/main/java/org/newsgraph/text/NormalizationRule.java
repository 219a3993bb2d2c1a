package org.newsgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text repair: every match of {@link #pattern()} is replaced by {@link #replacement()}
 * ({@code $1} refers to a group, as in {@link java.util.regex.Matcher#appendReplacement}).
 *
 * <pre>{@code
 * new NormalizationRule("spaced-initials", Pattern.compile("\\b([A-Z])\\. (?=[A-Z]\\.)"), "$1.", "U. S. -> U.S.");
 * }</pre>
 *
 * @param name        short name, used in logs and tests
 * @param pattern     what to repair
 * @param replacement what to put in its place
 * @param description why the rule exists
 */
public record NormalizationRule(String name, Pattern pattern, String replacement, String description) {
    public NormalizationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(description, "description");
    }
}
