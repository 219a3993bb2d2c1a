package org.newsgraph.eval;

/**
 * True positives, false positives and false negatives of one row of the report, with the
 * measures computed from them. A measure whose denominator is 0 is 0 (no prediction gives
 * precision 0, no gold row gives recall 0), so an empty row never looks perfect.
 *
 * <pre>{@code
 * Score s = new Score(3, 1, 2);
 * s.precision();   // 0.75
 * s.recall();      // 0.6
 * }</pre>
 *
 * @param tp predictions that match a gold row
 * @param fp predictions that match none
 * @param fn gold rows that no prediction matches
 */
public record Score(int tp, int fp, int fn) {
    /** Nothing counted. */
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** TP / (TP + FP), or 0 without predictions. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** TP / (TP + FN), or 0 without gold rows. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** The harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The counts of both, for micro-averaging. */
    public Score plus(Score other) {
        return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
