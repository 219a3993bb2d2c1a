package org.newsgraph.article;

/**
 * The ids a build has seen, in 8 bytes each (a 64-bit hash in an open-addressing table), so that
 * checking a corpus of millions of articles for a repeated id keeps almost nothing per article.
 * A hash is not the id: {@link #add} answering {@code false} means "maybe seen", and the caller
 * confirms it on the exact ids (which {@link ArticleLoader} does by reading the folder again, a
 * cost paid only when an id really repeats or, once in billions, two ids share a hash).
 *
 * <pre>{@code
 * SeenIds ids = new SeenIds();
 * ids.add("a-1");   // true: new
 * ids.add("a-1");   // false: seen (or a hash shared with an earlier id)
 * }</pre>
 */
final class SeenIds {
    private long[] table = new long[1024];
    private int size;

    /** Notes {@code id}; false if it (or an id with the same hash) was noted before. */
    boolean add(String id) {
        long h = hash(id);
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        boolean added = insert(table, h);
        if (added) {
            size++;
        }
        return added;
    }

    /** How many distinct hashes are noted. */
    int size() {
        return size;
    }

    private static boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (t[i] != 0) {
            if (t[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = h;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
            }
        }
    }

    /** FNV-1a over the id's chars, then SplitMix64's finaliser; never 0 (0 marks a free slot). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= id.length();
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
