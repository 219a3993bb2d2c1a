package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsgraph.InputException;

/**
 * The names of a folder's entries in name order ({@link String#compareTo}), held a window at a
 * time: each pass over the folder keeps the {@code window} smallest names after the last one
 * handed on. A folder of any size is listed in the memory of one window; one that fits in a
 * window is read once, a larger one once per window (reading a directory costs little beside
 * building the articles in it).
 *
 * <pre>{@code
 * FolderListing.forEach(Path.of("articles"), FolderListing.WINDOW, name -> {
 *     System.out.println(name);
 *     return true;                 // false: stop here
 * });
 * }</pre>
 */
final class FolderListing {
    /** Names held at once: about 2 MB. */
    static final int WINDOW = 20_000;

    private FolderListing() {
    }

    /** Hands every entry's name in {@code dir} to {@code visitor}, in name order, until it answers false. */
    static void forEach(Path dir, int window, Predicate<String> visitor) {
        if (window < 1) {
            throw new IllegalArgumentException("window " + window);
        }
        String last = null;
        while (true) {
            TreeSet<String> names = next(dir, last, window);
            for (String name : names) {
                if (!visitor.test(name)) {
                    return;
                }
            }
            if (names.size() < window) {
                return;
            }
            last = names.last();
        }
    }

    /** The {@code window} smallest names after {@code last} (null: from the start). */
    private static TreeSet<String> next(Path dir, String last, int window) {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (last != null && name.compareTo(last) <= 0) {
                    continue;
                }
                if (names.size() < window) {
                    names.add(name);
                } else if (name.compareTo(names.last()) < 0) {
                    names.pollLast();
                    names.add(name);
                }
            }
        } catch (IOException | DirectoryIteratorException | UncheckedIOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        return names;
    }
}
