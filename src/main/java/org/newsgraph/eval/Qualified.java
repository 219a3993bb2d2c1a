package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A gold value split from its trailing bracketed qualifiers: {@code "49 [per Armenia]"} is the
 * value {@code 49} reported by Armenia. Known qualifiers are {@code [per X]},
 * {@code [not stated in text]} and {@code [negated]}; others are kept but do not affect matching.
 *
 * <pre>{@code
 * Qualified q = Qualified.parse("CSTO [negated]");   // value "CSTO", negated() true
 * }</pre>
 *
 * @param value      the text before the qualifiers, trimmed
 * @param per        X of {@code [per X]}, or {@code null}
 * @param negated    whether {@code [negated]} is present
 * @param notStated  whether {@code [not stated in text]} is present
 * @param others     any other qualifiers, without brackets
 */
public record Qualified(String value, String per, boolean negated, boolean notStated, List<String> others) {
    public Qualified {
        Objects.requireNonNull(value, "value");
        others = List.copyOf(others);
    }

    /** Splits {@code text} into its value and trailing qualifiers. */
    public static Qualified parse(String text) {
        String rest = text.strip();
        String per = null;
        boolean negated = false;
        boolean notStated = false;
        List<String> others = new ArrayList<>();
        while (rest.endsWith("]") && rest.lastIndexOf('[') >= 0) {
            int open = rest.lastIndexOf('[');
            String inside = rest.substring(open + 1, rest.length() - 1).strip();
            String lower = inside.toLowerCase(Locale.ROOT);
            if (lower.equals("negated")) {
                negated = true;
            } else if (lower.equals("not stated in text")) {
                notStated = true;
            } else if (lower.startsWith("per ")) {
                per = inside.substring(4).strip();
            } else {
                others.add(0, inside);
            }
            rest = rest.substring(0, open).strip();
        }
        return new Qualified(rest, per, negated, notStated, others);
    }
}
