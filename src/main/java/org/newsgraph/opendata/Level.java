package org.newsgraph.opendata;

/**
 * The words of the {@code level} column of {@code places.csv}, and their rank for a merged row.
 *
 * <pre>{@code
 * Level.higher("town", "capital");   // "capital"
 * }</pre>
 */
final class Level {
    static final String CAPITAL = "capital";
    static final String ADMIN1_CAPITAL = "admin1-capital";
    static final String TOWN = "town";
    static final String ADMIN1 = "admin1";
    static final String ADMIN2 = "admin2";

    private Level() {
    }

    /** The higher of two settlement levels (capital over admin1-capital over town). */
    static String higher(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }

    static int rank(String level) {
        return switch (level) {
            case CAPITAL -> 3;
            case ADMIN1_CAPITAL -> 2;
            case TOWN -> 1;
            default -> 0;
        };
    }
}
