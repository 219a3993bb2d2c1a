package org.newsgraph.text;

import java.util.List;
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
 * @param hints       strings of which every match contains at least one: a text with none of them
 *                    cannot match, so the rule skips it without running the pattern (for speed only;
 *                    empty: the pattern always runs)
 */
public record NormalizationRule(String name, Pattern pattern, String replacement, String description,
        List<String> hints) {
    public NormalizationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(description, "description");
        hints = List.copyOf(hints);
    }

    /** A rule without hints. */
    public NormalizationRule(String name, Pattern pattern, String replacement, String description) {
        this(name, pattern, replacement, description, List.of());
    }

    /** Whether the pattern may match {@code text}: false only when the text holds none of the hints. */
    public boolean mayMatch(String text) {
        if (hints.isEmpty()) {
            return true;
        }
        for (String hint : hints) {
            if (text.contains(hint)) {
                return true;
            }
        }
        return false;
    }
}
