package org.newsgraph.opendata;

import java.util.List;

/**
 * Decides whether two rows that carry the same Wikidata id describe the same place, or whether one of
 * them carries the id by mistake (dr5hn gives one id to dozens of villages with neighbouring names in
 * its list). Two rows are one place when
 * <ul>
 * <li>one of their names is the same as, or a whole-word part of, one of the other's (compared
 * without case, accents and punctuation; "Changsha" and "Changsha Shi") and they lie within
 * {@value #NAME_DEGREES}° of each other, or</li>
 * <li>their names are spelt alike (at most a third of the letters differ: "Kunduz" and "Kondoz",
 * "Andkhoy" and "Andkhvoy") and they lie within {@value #SPELLING_DEGREES}°.</li>
 * </ul>
 * A row without coordinates is one place with another only by the first rule's names.
 *
 * <pre>{@code
 * SamePlace.Spot a = new SamePlace.Spot(List.of("Kuito"), -12.38, 16.93);
 * SamePlace.same(a, new SamePlace.Spot(List.of("Cuito"), -12.39, 16.94));   // true
 * SamePlace.same(a, new SamePlace.Spot(List.of("Cuvango"), -14.47, 16.29)); // false
 * }</pre>
 */
final class SamePlace {
    /** How far apart two rows of matching names may lie. */
    static final double NAME_DEGREES = 1.0;
    /** How far apart two rows of alike names may lie. */
    static final double SPELLING_DEGREES = 0.3;
    /** The least share of letters two alike names have in common. */
    static final double SIMILARITY = 0.66;
    private static final int LEAST_PART = 4;

    private SamePlace() {
    }

    /**
     * A row's names and position.
     *
     * @param names names in any spelling
     * @param lat   latitude in degrees, NaN when unknown
     * @param lon   longitude in degrees, NaN when unknown
     */
    record Spot(List<String> names, double lat, double lon) {
        Spot {
            names = names.stream().map(Text::slug).filter(s -> !s.isEmpty()).distinct().toList();
        }

        Spot(List<String> names, String lat, String lon) {
            this(names, Text.degrees(lat), Text.degrees(lon));
        }
    }

    /** Whether the two rows describe one place. */
    static boolean same(Spot a, Spot b) {
        double d = degreesApart(a, b);
        for (String x : a.names()) {
            for (String y : b.names()) {
                if ((Double.isNaN(d) || d <= NAME_DEGREES) && (x.equals(y) || part(x, y) || part(y, x))) {
                    return true;
                }
                if (d <= SPELLING_DEGREES && similarity(x.replace("-", ""), y.replace("-", "")) >= SIMILARITY) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The larger of the latitude and longitude differences, NaN when a position is unknown. */
    static double degreesApart(Spot a, Spot b) {
        return Math.max(Math.abs(a.lat() - b.lat()), Math.abs(a.lon() - b.lon()));
    }

    /** Whether the words of {@code small} appear, in order and whole, in {@code large}. */
    private static boolean part(String small, String large) {
        if (small.replace("-", "").length() < LEAST_PART || small.length() >= large.length()) {
            return false;
        }
        String l = "-" + large + "-";
        return l.contains("-" + small + "-");
    }

    /** 1 minus the edit distance over the longer length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / longer;
    }
}
