package org.newsgraph.review;

import java.util.Collection;

/**
 * The review's confidence that a row is a real, new entity, as the package documentation
 * describes it: 0.2, +0.2 for a full name, +0.2 for a role cue, +0.1 per further rule (at most
 * 0.2), +0.1 per further article (at most 0.2).
 *
 * <pre>{@code
 * Confidence.of("Laurence Broers", List.of("person-apposition", "person-surname"), true, 1);   // 0.7
 * }</pre>
 */
final class Confidence {
    private Confidence() {
    }

    /**
     * The confidence of an entity.
     *
     * @param label    its label
     * @param rules    the distinct rules that found it
     * @param roleCue  whether a role cue was seen: a title, a byline, a body word
     * @param articles the number of articles it was seen in
     */
    static double of(String label, Collection<String> rules, boolean roleCue, int articles) {
        // in tenths, so that the sum is exact
        int tenths = 2;
        if (fullName(label)) {
            tenths += 2;
        }
        if (roleCue) {
            tenths += 2;
        }
        tenths += Math.min(2, Math.max(0, rules.size() - 1));
        tenths += Math.min(2, Math.max(0, articles - 1));
        return Math.min(10, tenths) / 10.0;
    }

    /** At least two words with letters: "Jane Smith", "Gabrielle Tétrault-Farber"; not "Smith". */
    static boolean fullName(String label) {
        int words = 0;
        for (String part : label.strip().split("\\s+")) {
            if (part.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 2;
    }
}
