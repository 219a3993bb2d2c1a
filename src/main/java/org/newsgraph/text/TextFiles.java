package org.newsgraph.text;

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
 * (CSV, SPARQL) are always UTF-8; articles may come in another charset, so {@link #read(Path, Charset)}
 * says how to choose one. A NUL byte means binary in every charset, so UTF-16 and UTF-32 files are
 * refused: convert them to UTF-8.
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
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(file, lineAt(bytes, i), "this is a binary file (it holds a NUL byte), "
                        + "not text; remove it or convert it to UTF-8 text");
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            throw new InputException(file, lineAt(bytes, at), String.format("not valid %s (byte 0x%02X at offset %d); %s",
                    charset.name(), bytes[at] & 0xff, at, fix));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
