package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Precision, recall and F1 arithmetic, including zero denominators. */
class ScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void measuresFromCounts() {
        Score s = new Score(3, 1, 2);
        assertEquals(0.75, s.precision(), EPS);
        assertEquals(0.6, s.recall(), EPS);
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), EPS);
    }

    @Test
    void zeroDenominatorsGiveZero() {
        assertEquals(0, Score.ZERO.precision(), EPS);
        assertEquals(0, Score.ZERO.recall(), EPS);
        assertEquals(0, Score.ZERO.f1(), EPS);
        Score onlyMisses = new Score(0, 0, 4);
        assertEquals(0, onlyMisses.precision(), EPS);
        assertEquals(0, onlyMisses.recall(), EPS);
        assertEquals(0, onlyMisses.f1(), EPS);
        Score onlyFalseAlarms = new Score(0, 2, 0);
        assertEquals(0, onlyFalseAlarms.precision(), EPS);
        assertEquals(0, onlyFalseAlarms.recall(), EPS);
    }

    @Test
    void perfectScore() {
        Score s = new Score(5, 0, 0);
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
        assertEquals(1, s.f1(), EPS);
    }

    @Test
    void plusAddsCounts() {
        assertEquals(new Score(4, 3, 2), new Score(1, 2, 0).plus(new Score(3, 1, 2)));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
    }
}
