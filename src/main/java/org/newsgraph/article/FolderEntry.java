package org.newsgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What an entry of the articles folder really is, found without opening it: the loader reads
 * regular files only, and only those inside the folder. A link that leads out of the folder
 * ({@code passwd.txt → /etc/passwd}) or nowhere, a named pipe (opening one waits for a writer
 * forever), a device ({@code /dev/zero} never ends) or a socket is never opened.
 *
 * <pre>{@code
 * FolderEntry.problem(dir.resolve("passwd.txt"), dir.toRealPath());
 * // Optional[a link to /etc/passwd, outside the articles folder]
 * }</pre>
 */
final class FolderEntry {
    /** The file-type bits of a Unix mode, and the types a folder of articles may meet. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FolderEntry() {
    }

    /**
     * Why the entry {@code file} of the folder whose real path is {@code realDir} must not be read:
     * a link out of the folder, a broken link, or something that is neither a regular file nor a
     * folder; empty for a regular file or a folder inside the folder (also through a link).
     */
    static Optional<String> problem(Path file, Path realDir) {
        if (Files.isSymbolicLink(file)) {
            String target = target(file);
            Path real;
            try {
                real = file.toRealPath();
            } catch (NoSuchFileException e) {
                return Optional.of("a broken link to " + target + ", a file that does not exist");
            } catch (IOException e) {
                return Optional.of("a link to " + target + " that cannot be followed (" + e.getMessage() + ")");
            }
            if (!real.startsWith(realDir) || real.equals(realDir)) {
                return Optional.of("a link to " + target + ", outside the articles folder");
            }
        }
        return notRegular(file);
    }

    /**
     * Why {@code file} (its link followed) is not a regular file or a folder: "a named pipe, not a
     * regular file"; empty when it is one.
     */
    static Optional<String> notRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            // gone or unreadable: reading it says which
            return Optional.empty();
        }
        if (attributes.isRegularFile() || attributes.isDirectory()) {
            return Optional.empty();
        }
        return Optional.of(kind(file) + ", not a regular file");
    }

    /** Where a link points, as written in it. */
    static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }

    /** "a named pipe", "a character device", …: a special file's type, in words. */
    private static String kind(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE_BITS) {
            case FIFO -> "a named pipe";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }

    /** Whether the entry itself, its link not followed, exists. */
    static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
