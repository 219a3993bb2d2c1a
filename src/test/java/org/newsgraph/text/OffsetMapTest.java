package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests {@link OffsetMap} and its builder: identity, deletions, replacements and composition. */
class OffsetMapTest {
    @Test
    void identityMapsEveryPositionToItself() {
        OffsetMap map = OffsetMap.identity(3);
        assertEquals(3, map.length());
        for (int i = 0; i <= 3; i++) {
            assertEquals(i, map.start(i));
            assertEquals(i, map.end(i));
        }
    }

    @Test
    void deletionClosesTheGapStartAfterEndBefore() {
        // "ab--cd" -> "abcd": the two dashes at [2,4) are deleted.
        OffsetMap.Builder b = new OffsetMap.Builder(OffsetMap.identity(6));
        b.keep(0, 2);
        b.replace(2, 4, 0);
        b.keep(4, 2);
        OffsetMap map = b.build(6);
        assertEquals(4, map.length());
        assertEquals(2, map.end(2), "a span ending before the gap does not take the dashes in");
        assertEquals(4, map.start(2), "a span starting after the gap does not take the dashes in");
        assertEquals(0, map.start(0));
        assertEquals(6, map.end(4));
        assertEquals(5, map.start(3));
    }

    @Test
    void shorterReplacementCoversTheWholeReplacedText() {
        // "U. S." -> "U.S.": "U. " at [0,3) becomes "U." (2 characters).
        OffsetMap.Builder b = new OffsetMap.Builder(OffsetMap.identity(5));
        b.replace(0, 3, 2);
        b.keep(3, 2);
        OffsetMap map = b.build(5);
        assertEquals(4, map.length());
        assertEquals(0, map.start(0));
        assertEquals(5, map.end(4));
        assertEquals(3, map.start(2));
    }

    @Test
    void longerReplacementStaysWithinTheReplacedText() {
        // "x&y" -> "x and y": "&" at [1,2) becomes " and " (5 characters).
        OffsetMap.Builder b = new OffsetMap.Builder(OffsetMap.identity(3));
        b.keep(0, 1);
        b.replace(1, 2, 5);
        b.keep(2, 1);
        OffsetMap map = b.build(3);
        assertEquals(7, map.length());
        for (int i = 1; i <= 6; i++) {
            int start = map.start(i);
            int end = map.end(i);
            assertTrue(start >= 1 && start <= 2, () -> "start " + start);
            assertTrue(end >= 1 && end <= 2, () -> "end " + end);
        }
        assertEquals(1, map.start(1), "the replacement starts where \"&\" starts");
        assertEquals(2, map.end(6), "the replacement ends where \"&\" ends");
        assertEquals(3, map.end(7));
    }

    @Test
    void composedMapsPointIntoTheFirstOriginal() {
        // "a  b" -> "a b" (delete one space at [1,2)), then "a b" -> "ab" (delete [1,2)).
        OffsetMap.Builder first = new OffsetMap.Builder(OffsetMap.identity(4));
        first.keep(0, 1);
        first.replace(1, 2, 0);
        first.keep(2, 2);
        OffsetMap once = first.build(4);
        OffsetMap.Builder second = new OffsetMap.Builder(once);
        second.keep(0, 1);
        second.replace(1, 2, 0);
        second.keep(2, 1);
        OffsetMap twice = second.build(3);
        assertEquals(2, twice.length());
        assertEquals(3, twice.start(1));
        assertEquals(1, twice.end(1));
        assertEquals(4, twice.end(2));
    }

    @Test
    void positionsOutsideTheMapAreRejected() {
        OffsetMap map = OffsetMap.identity(2);
        assertThrows(IndexOutOfBoundsException.class, () -> map.start(3));
    }
}
