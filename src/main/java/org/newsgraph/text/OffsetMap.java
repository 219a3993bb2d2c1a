package org.newsgraph.text;

import java.util.Arrays;

/**
 * Maps positions in a normalised text back to positions in the original text. A position is a
 * boundary between characters (0 to length inclusive). A span's start and its end are mapped
 * separately, so that a span next to deleted junk never takes the junk in: a start maps to just
 * after a deletion, an end to just before it.
 *
 * <pre>{@code
 * OffsetMap map = OffsetMap.identity(text.length());
 * int originalStart = map.start(5);
 * }</pre>
 */
public final class OffsetMap {
    private final int[] starts;
    private final int[] ends;

    private OffsetMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The map of a text that was not changed. */
    public static OffsetMap identity(int length) {
        int[] same = new int[length + 1];
        Arrays.setAll(same, i -> i);
        return new OffsetMap(same, same);
    }

    /** The original position of a span that starts at normalised position {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** The original position of a span that ends at normalised position {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** Length of the normalised text this map covers. */
    public int length() {
        return starts.length - 1;
    }

    /**
     * Builds the map of a text made by editing the text this map covers. Each character of the
     * edited text comes from a range of the text being edited; positions are composed, so the result
     * still points into the very first original.
     */
    public static final class Builder {
        private final OffsetMap previous;
        private int[] starts;
        private int[] ends;
        private int size;

        /** @param previous the map of the text being edited */
        public Builder(OffsetMap previous) {
            this.previous = previous;
            this.starts = new int[previous.length() + 1];
            this.ends = new int[previous.length() + 1];
            this.ends[0] = previous.end(0);
        }

        /** Copies {@code length} characters that start at {@code from} in the text being edited. */
        public void keep(int from, int length) {
            for (int k = 0; k < length; k++) {
                add(from + k, from + k + 1);
            }
        }

        /**
         * Puts {@code length} new characters in place of the characters {@code [from, to)} of the text
         * being edited. The first new character starts where the replaced text starts, the last ends
         * where it ends; with {@code length} 0 the neighbours close over the gap.
         */
        public void replace(int from, int to, int length) {
            for (int k = 0; k < length; k++) {
                int sourceStart = k == 0 ? from : Math.min(from + k, to);
                int sourceEnd = k == length - 1 ? to : Math.min(from + k + 1, to);
                add(sourceStart, Math.max(sourceStart, sourceEnd));
            }
        }

        private void add(int sourceStart, int sourceEnd) {
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[size] = previous.start(sourceStart);
            ends[size + 1] = previous.end(sourceEnd);
            size++;
        }

        /** Ends the map; {@code end} is the length of the text being edited. */
        public OffsetMap build(int end) {
            starts[size] = previous.start(end);
            return new OffsetMap(Arrays.copyOf(starts, size + 1), Arrays.copyOf(ends, size + 1));
        }
    }
}
