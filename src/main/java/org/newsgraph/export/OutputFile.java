package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;

/**
 * Where an export writes, checked before any work, and written so that the file appears whole or
 * not at all: the content goes to a hidden temporary file in the same folder, renamed over the
 * target when complete. On every failure the temporary file, and any folder created for the
 * target, is removed again. {@code -} means standard output and is not handled here.
 *
 * <pre>{@code
 * Path file = OutputFile.requireFile("newsgraph.trig", "newsgraph.trig");
 * OutputFile.write(file, out -> exporter.export(dataset, out));
 * }</pre>
 */
public final class OutputFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The {@code --out} that means standard output. */
    public static final String STDOUT = "-";

    private OutputFile() {
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * {@code out} as a file to write, or a one-line refusal: an empty path or one without a file
     * name (the root), an existing folder (or a name ending in a separator), a path through a file.
     * {@code example} names a file the user might mean, for the message.
     */
    public static Path requireFile(String out, String example) {
        Path path = parse(out);
        if (out.isEmpty() || path.getFileName() == null || path.getFileName().toString().isEmpty()) {
            throw new ConfigurationException("--out \"" + out + "\": not a file name; give the file to write, e.g. "
                    + example);
        }
        if (Files.isDirectory(path) || out.endsWith("/") || out.endsWith(path.getFileSystem().getSeparator())) {
            throw new ConfigurationException("--out " + out + ": is a folder; give the file to write in it, e.g. "
                    + Locations.describe(path.resolve(example)));
        }
        requireFoldersAbove(path, out);
        return path;
    }

    /** {@code out} as a folder to write files into, or a one-line refusal (an existing file, a path through a file). */
    public static Path requireFolder(String out, String purpose) {
        Path path = parse(out);
        if (out.isEmpty()) {
            throw new ConfigurationException("--out \"\": not a folder name; give the folder to write " + purpose
                    + " into");
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ConfigurationException("--out " + out + ": is a file, and " + purpose + " are written into a "
                    + "folder; give a folder (it is created if missing)");
        }
        requireFoldersAbove(path, out);
        return path;
    }

    private static Path parse(String out) {
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new ConfigurationException("--out " + out + ": not a valid path (" + e.getReason() + ")", e);
        }
    }

    /** Every existing path above {@code path} must be a folder. */
    private static void requireFoldersAbove(Path path, String out) {
        for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new ConfigurationException("--out " + out + ": " + Locations.describe(p)
                            + " is not a folder, so nothing can be written below it; choose another --out");
                }
                return;
            }
        }
    }

    /**
     * Writes {@code file} whole or not at all: missing folders above it are created (and removed
     * again if the write fails), the content goes to a temporary file in the same folder, which is
     * renamed over {@code file} when complete and removed on any failure.
     */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        List<Path> created = createFolders(target.getParent(), file);
        Path tmp = null;
        boolean done = false;
        try {
            tmp = temporaryBeside(target);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            moveOver(tmp, target);
            done = true;
        } catch (IOException e) {
            throw new StoreException(Locations.describe(file) + ": cannot write (" + e.getMessage()
                    + "); choose a writable --out", e);
        } finally {
            if (!done) {
                deleteQuietly(tmp);
                removeFolders(created);
            }
        }
    }

    /**
     * A new empty hidden file in {@code target}'s folder, named after it. It is made as any new
     * file is (the user's umask decides who may read it), not with a temporary file's owner-only
     * permissions, because it becomes the output.
     */
    public static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int attempt = 0;; attempt++) {
            Path candidate = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates {@code dir} and the missing folders above it; returns those it created, deepest last. */
    static List<Path> createFolders(Path dir, Path named) {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path p : missing) {
                Files.createDirectory(p);
                created.add(p);
            }
        } catch (IOException e) {
            removeFolders(created);
            throw new StoreException(Locations.describe(named) + ": cannot create the folder " + Locations.describe(dir)
                    + " (" + e.getMessage() + "); choose a writable --out", e);
        }
        return created;
    }

    /** Removes the folders {@link #createFolders} created, deepest first, if they are empty. */
    static void removeFolders(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty, or not ours to remove any more: leave it and those above
            }
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the export failed already, and that is the error to report
            file.toFile().deleteOnExit();
        }
    }
}
