package org.newsgraph.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.newsgraph.InputException;
import org.newsgraph.io.TextFiles;

/**
 * Reads one file of the articles folder as text, refusing what cannot be an article: a file over
 * {@link ArticleLoader#MAX_FILE_BYTES}, a PDF or other binary file, a file in another charset
 * than the chosen one, a named pipe or device (never opened), a broken link, and a file that
 * vanished or became unreadable after the folder was listed.
 *
 * <pre>{@code
 * String text = ArticleFile.read(Path.of("data/articles/003.txt"), StandardCharsets.UTF_8);
 * }</pre>
 */
final class ArticleFile {
    /** Leading bytes of binary formats people drop into a folder of articles, with their names. */
    private static final String[][] SIGNATURES = {
        {"%PDF-", "a PDF document"},
        {"PK\u0003\u0004", "a ZIP archive (or a Word, OpenDocument or EPUB file)"},
        {"\u0089PNG", "a PNG image"},
        {"\u00FF\u00D8\u00FF", "a JPEG image"},
        {"GIF8", "a GIF image"},
        {"\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office document"},
    };

    private ArticleFile() {
    }

    /**
     * The file's text in {@code charset}, or in the encoding its byte-order mark names (see
     * {@link TextFiles}), without the mark.
     */
    static String read(Path file, Charset charset) {
        return text(file, bytes(file), charset);
    }

    /** The same for a file's bytes read elsewhere ({@code file} names it in messages). */
    static String text(Path file, byte[] bytes, Charset charset) {
        if (bytes.length > ArticleLoader.MAX_FILE_BYTES) {
            throw new InputException(file, "the file is " + megabytes(bytes.length) + ", over the limit of "
                    + megabytes(ArticleLoader.MAX_FILE_BYTES) + " for one article file; "
                    + "split it into several files (a batch .jsonl or .csv can be split at any line)");
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new InputException(file, "this is " + kind + ", not a text article; "
                    + "save the article's text as a .txt or .html file and remove this one");
        }
        // NUL bytes are normal in UTF-16 and UTF-32: there the decoder looks for NUL characters
        boolean wide = TextFiles.wide(TextFiles.charsetOf(bytes, charset));
        for (int i = 0; !wide && i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(file, lineAt(bytes, i), "this is a binary file (it holds a NUL byte), "
                        + "not a text article; remove it or convert it to UTF-8 text");
            }
        }
        return TextFiles.decode(file, bytes, charset);
    }

    /** What binary format the bytes start with, or null. */
    static String binaryKind(byte[] bytes) {
        for (String[] signature : SIGNATURES) {
            byte[] magic = signature[0].getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
                return signature[1];
            }
        }
        return null;
    }

    private static byte[] bytes(Path file) {
        // a named pipe would wait for a writer forever, a device never end: open regular files only
        FolderEntry.notRegular(file).ifPresent(kind -> {
            throw new InputException(file, "this is " + kind + "; an article is a regular file, remove this one "
                    + "from the articles folder");
        });
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) ArticleLoader.MAX_FILE_BYTES + 1);
            if (bytes.length > ArticleLoader.MAX_FILE_BYTES) {
                throw tooLarge(file);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new InputException(file, "a broken link to " + FolderEntry.target(file)
                        + ", a file that does not exist; remove the link or restore its file", e);
            }
            throw new InputException(file, "the file disappeared during the build; run the build again", e);
        } catch (AccessDeniedException e) {
            throw new InputException(file, "the file cannot be read (permission denied); "
                    + "make it readable and run the build again", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read the file (" + e.getMessage() + "); "
                    + "check that it is still there and readable, and run the build again", e);
        }
    }

    private static InputException tooLarge(Path file) {
        String size = "more than " + megabytes(ArticleLoader.MAX_FILE_BYTES);
        try {
            long bytes = Files.size(file);
            if (bytes > ArticleLoader.MAX_FILE_BYTES) {
                size = megabytes(bytes);
            }
        } catch (IOException e) {
            // the size said above
        }
        return new InputException(file, "the file is " + size + ", over the limit of "
                + megabytes(ArticleLoader.MAX_FILE_BYTES) + " for one article file; "
                + "split it into several files (a batch .jsonl or .csv can be split at any line)");
    }

    /** A size in MB (2^20 bytes), as the limit is stated. */
    static String megabytes(long bytes) {
        long whole = bytes / ArticleLoader.MEGABYTE;
        if (bytes % ArticleLoader.MEGABYTE == 0) {
            return whole + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (double) ArticleLoader.MEGABYTE, bytes);
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
