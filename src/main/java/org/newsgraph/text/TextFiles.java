package org.newsgraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.newsgraph.InputException;

/**
 * Reads text files strictly as UTF-8: a binary file, an invalid byte sequence or a missing file
 * is an {@link InputException} naming the file and line, never a string full of U+FFFD.
 *
 * <pre>{@code
 * String text = TextFiles.readUtf8(Path.of("data/articles/003.txt"));
 * }</pre>
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The file's text, without a leading byte-order mark. */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "file not found; check the path");
        } catch (IOException e) {
            throw new InputException(file, "cannot read the file (" + e.getMessage() + ")", e);
        }
        return decodeUtf8(file, bytes);
    }

    /** Decodes bytes that {@code file} holds; {@code file} names them in errors. */
    public static String decodeUtf8(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(file, lineAt(bytes, i), "this is a binary file (it holds a NUL byte), "
                        + "not text; remove it or convert it to UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int at = firstInvalid(bytes);
            throw new InputException(file, lineAt(bytes, at), String.format(
                    "not valid UTF-8 (byte 0x%02X at offset %d); convert the file to UTF-8, "
                            + "e.g. iconv -f WINDOWS-1252 -t UTF-8", bytes[at] & 0xff, at));
        }
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            if (i + length > bytes.length) {
                return i;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += length;
        }
        return 0;
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
