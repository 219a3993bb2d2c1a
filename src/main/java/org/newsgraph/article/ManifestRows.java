package org.newsgraph.article;

import java.nio.file.Path;
import java.util.Map;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.io.TextFiles;

/**
 * The manifest as {@link ArticleLoader} meets it: alongside the folder's entries, in name order.
 * A manifest whose rows are in that order (as a generated one is) is read as a stream, one row at
 * a time, so that a folder of a million articles holds no row it is not reading; a manifest in any
 * other order is held as a {@link Manifest}. Either way it is checked whole before the first
 * article is read, and {@link #finish} names the first row whose file was not read.
 *
 * <pre>{@code
 * try (ManifestRows rows = ManifestRows.open(Path.of("articles/articles.csv"))) {
 *     Manifest.Entry e = rows.read("001.txt");      // the row of 001.txt, or null
 *     rows.passed("notes.pdf", null);               // an entry that is not read
 *     rows.finish();                                // throws for a row whose file was not read
 * }
 * }</pre>
 */
abstract class ManifestRows implements AutoCloseable {
    /** The row of a file that is read, or null if it has none; names come in ascending order. */
    abstract Manifest.Entry read(String name);

    /** A folder entry that is not read: skipped for {@code why} (null: not an article file). */
    abstract void passed(String name, String why);

    /** Throws for the first row (by line) whose file was not read. */
    abstract void finish();

    @Override
    public void close() {
    }

    /** No manifest. */
    static ManifestRows none() {
        return new Held(Manifest.none());
    }

    /** The manifest in {@code file} (which exists), checked whole. */
    static ManifestRows open(Path file) {
        return inNameOrder(file, TextFiles.readUtf8(file)) ? new Streamed(file) : new Held(Manifest.read(file));
    }

    /**
     * Checks every row as {@link Manifest#read} does while they are in name order; false at the
     * first row out of order (the caller then reads the manifest whole).
     */
    private static boolean inNameOrder(Path file, String text) {
        SeenIds ids = new SeenIds();
        String[] previous = {null};
        boolean[] ordered = {true};
        CsvTable.forEach(file, text, Manifest.COLUMNS, Manifest.OPTIONAL, row -> {
            if (!ordered[0]) {
                return;
            }
            Manifest.Entry entry = Manifest.entryOf(row);
            String name = row.required("file");
            if (previous[0] != null && name.compareTo(previous[0]) <= 0) {
                if (name.equals(previous[0])) {
                    throw row.error(Manifest.listedTwice(name));
                }
                ordered[0] = false;
                return;
            }
            previous[0] = name;
            if (!ids.add(entry.id()) && usedBefore(file, text, entry.id(), row.line())) {
                throw row.error(Manifest.repeatedId(entry.id()));
            }
        });
        return ordered[0];
    }

    /** Whether a row before {@code line} has {@code id} (read again: only when a hash repeats). */
    private static boolean usedBefore(Path file, String text, String id, long line) {
        boolean[] found = {false};
        CsvTable.forEach(file, text, Manifest.COLUMNS, Manifest.OPTIONAL, row -> {
            if (row.line() < line && row.required("id").equals(id)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A manifest held whole; the rows not yet matched shrink as the folder is read. */
    private static final class Held extends ManifestRows {
        private final Manifest manifest;
        private final Map<String, Long> unread;
        private String firstWhy;
        private String firstWhyName;

        private Held(Manifest manifest) {
            this.manifest = manifest;
            this.unread = manifest.lines();
        }

        @Override
        Manifest.Entry read(String name) {
            unread.remove(name);
            return manifest.entry(name).orElse(null);
        }

        @Override
        void passed(String name, String why) {
            if (why != null && unread.containsKey(name)
                    && (firstWhyName == null || unread.get(name) < unread.get(firstWhyName))) {
                firstWhyName = name;
                firstWhy = why;
            }
        }

        @Override
        void finish() {
            unread.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> {
                throw Manifest.notRead(manifest.file(), e.getValue(), e.getKey(),
                        e.getKey().equals(firstWhyName) ? firstWhy : null);
            });
        }
    }

    /** A manifest in name order, read one row ahead of the folder. */
    private static final class Streamed extends ManifestRows {
        private final Path file;
        private final CsvTable.Rows rows;
        private CsvRow next;
        private String missing;
        private String missingWhy;

        private Streamed(Path file) {
            this.file = file;
            this.rows = CsvTable.open(file, Manifest.COLUMNS, Manifest.OPTIONAL);
            this.next = rows.next();
        }

        @Override
        Manifest.Entry read(String name) {
            skipTo(name);
            if (next == null || !next.required("file").equals(name)) {
                return null;
            }
            Manifest.Entry entry = Manifest.entryOf(next);
            next = rows.next();
            return entry;
        }

        @Override
        void passed(String name, String why) {
            skipTo(name);
            if (next != null && next.required("file").equals(name)) {
                notRead(name, why);
                next = rows.next();
            }
        }

        /** Passes the rows before {@code name}: their files are not in the folder. */
        private void skipTo(String name) {
            while (next != null && next.required("file").compareTo(name) < 0) {
                notRead(next.required("file"), null);
                next = rows.next();
            }
        }

        private void notRead(String name, String why) {
            if (missing == null) {
                missing = name;
                missingWhy = why;
            }
        }

        @Override
        void finish() {
            while (next != null) {
                notRead(next.required("file"), null);
                next = rows.next();
            }
            if (missing != null) {
                throw Manifest.notRead(file, lineOf(missing), missing, missingWhy);
            }
        }

        /** The exact line of the row of {@code name} (read again: only for the error). */
        private long lineOf(String name) {
            long[] line = {0};
            CsvTable.forEach(file, TextFiles.readUtf8(file), Manifest.COLUMNS, Manifest.OPTIONAL, row -> {
                if (line[0] == 0 && row.required("file").equals(name)) {
                    line[0] = row.line();
                }
            });
            return line[0];
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
