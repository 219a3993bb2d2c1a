package org.newsgraph.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsgraph.InputException;

/**
 * Reads text files strictly: a binary file, an invalid byte sequence or a missing file is an
 * {@link InputException} naming the file and line, never a string full of U+FFFD. Data files
 * (CSV, SPARQL) are UTF-8; articles may come in another charset, so {@link #read(Path, Charset)}
 * says how to choose one. A file that starts with a byte-order mark is read in the encoding the
 * mark names, whatever the charset asked for: UTF-8, UTF-16 or UTF-32 in either byte order (the
 * mark is dropped). A NUL means binary: a NUL byte in a byte-oriented charset, a NUL character in
 * UTF-16 or UTF-32 (which are read when their mark or the charset names them).
 *
 * <pre>{@code
 * String text = TextFiles.readUtf8(Path.of("data/articles/003.txt"));
 * String old = TextFiles.read(Path.of("archive/1998.txt"), Charset.forName("windows-1252"));
 * }</pre>
 */
public final class TextFiles {
    /** How to fix a data file, which has no charset option. */
    private static final String UTF8_ONLY = "convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8";
    /** How to fix an article, which {@code build --charset} may read in another charset. */
    private static final String CHOOSE_CHARSET =
            "convert the file to UTF-8 or pass --charset NAME (e.g. --charset windows-1252)";

    private TextFiles() {
    }

    /** The file's text, read as UTF-8, without a leading byte-order mark. */
    public static String readUtf8(Path file) {
        return decode(file, bytes(file), StandardCharsets.UTF_8, UTF8_ONLY);
    }

    /**
     * The file's text in {@code charset}, without a leading byte-order mark; an invalid byte is an
     * error that suggests {@code --charset}.
     */
    public static String read(Path file, Charset charset) {
        return decode(file, bytes(file), charset, CHOOSE_CHARSET);
    }

    /** Decodes UTF-8 bytes that {@code file} holds; {@code file} names them in errors. */
    public static String decodeUtf8(Path file, byte[] bytes) {
        return decode(file, bytes, StandardCharsets.UTF_8, UTF8_ONLY);
    }

    /**
     * Decodes bytes that {@code file} holds in {@code charset}; {@code file} names them in errors,
     * which suggest {@code --charset}.
     */
    public static String decode(Path file, byte[] bytes, Charset charset) {
        return decode(file, bytes, charset, CHOOSE_CHARSET);
    }

    /**
     * The charset {@code bytes} are in: the one their byte-order mark names (UTF-8, UTF-16 or
     * UTF-32, either byte order), else {@code charset}.
     */
    public static Charset charsetOf(byte[] bytes, Charset charset) {
        Mark mark = Mark.of(bytes);
        return mark != null ? mark.charset() : charset;
    }

    /** Whether text in {@code charset} holds NUL bytes as a matter of course: UTF-16 and UTF-32. */
    public static boolean wide(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.contains("UTF-16") || name.contains("UTF-32");
    }

    /** A byte-order mark: its bytes and the charset it names. UTF-32LE before UTF-16LE, whose mark starts it. */
    private enum Mark {
        UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
        UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

        private final byte[] bytes;
        private final String charsetName;

        Mark(byte[] bytes, String charsetName) {
            this.bytes = bytes;
            this.charsetName = charsetName;
        }

        Charset charset() {
            return Charset.forName(charsetName);
        }

        int length() {
            return bytes.length;
        }

        /** The mark {@code data} starts with, or null. */
        static Mark of(byte[] data) {
            for (Mark m : values()) {
                if (data.length >= m.bytes.length && java.util.Arrays.equals(data, 0, m.bytes.length, m.bytes, 0,
                        m.bytes.length)) {
                    return m;
                }
            }
            return null;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "file not found; check the path");
        } catch (IOException e) {
            throw new InputException(file, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static String decode(Path file, byte[] bytes, Charset charset, String fix) {
        Mark mark = Mark.of(bytes);
        Charset actual = mark != null ? mark.charset() : charset;
        int skip = mark != null ? mark.length() : 0;
        if (!wide(actual)) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw binary(file, lineAt(bytes, i), "byte");
                }
            }
        }
        CharsetDecoder decoder = actual.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            int decoded = out.position();
            throw new InputException(file, linesIn(out.flip(), decoded), String.format("not valid %s (byte 0x%02X at "
                    + "offset %d); %s", actual.name(), bytes[at] & 0xff, at, fix));
        }
        String text = out.flip().toString();
        if (wide(actual)) {
            int nul = text.indexOf('\u0000');
            if (nul >= 0) {
                throw binary(file, linesIn(text, nul), "character");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputException binary(Path file, long line, String what) {
        return new InputException(file, line, "this is a binary file (it holds a NUL " + what + "), "
                + "not text; remove it or convert it to UTF-8 text");
    }

    /** The line of the character at {@code end}: one more than the line breaks before it. */
    private static long linesIn(CharSequence text, int end) {
        long line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
