package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/** Tests {@link TextFiles}: strict UTF-8 decoding, binary files, byte-order marks and missing files. */
class TextFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void readsUtf8TextAsItIs() throws IOException {
        String text = "Mevlüt Çavuşoğlu said “yes” — in Ankara.\r\nSecond line\n";
        assertEquals(text, TextFiles.readUtf8(write("ok.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void readsAnEmptyFileAsEmptyText() throws IOException {
        assertEquals("", TextFiles.readUtf8(write("empty.txt", new byte[0])));
    }

    @Test
    void dropsALeadingByteOrderMarkOnly() throws IOException {
        byte[] bytes = "\uFEFFHello \uFEFFthere".getBytes(StandardCharsets.UTF_8);
        assertEquals("Hello \uFEFFthere", TextFiles.readUtf8(write("bom.txt", bytes)));
    }

    // Byte-order marks name the encoding

    private static final String TEXT = "Mevlüt Çavuşoğlu said “yes”.\nSecond line 𝄞\n";

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsUtf16InEitherOrder() throws IOException {
        Path little = write("le.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE));
        Path big = write("be.txt", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE));
        for (Path file : new Path[] {little, big}) {
            assertEquals(TEXT, TextFiles.readUtf8(file), file + " by default");
            assertEquals(TEXT, TextFiles.read(file, StandardCharsets.UTF_16), file + " with --charset UTF-16");
            assertEquals(TEXT, TextFiles.read(file, Charset.forName("windows-1252")), file + ": the mark wins");
        }
    }

    @Test
    void utf32WithAByteOrderMarkIsReadAsUtf32() throws IOException {
        Path file = write("32.txt", withMark(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, TEXT,
                Charset.forName("UTF-32BE")));
        assertEquals(TEXT, TextFiles.readUtf8(file));
        file = write("32le.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, TEXT,
                Charset.forName("UTF-32LE")));
        assertEquals(TEXT, TextFiles.readUtf8(file));
    }

    @Test
    void utf8ByteOrderMarkWinsOverAnotherCharset() throws IOException {
        Path file = write("bom8.txt", withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT,
                StandardCharsets.UTF_8));
        assertEquals(TEXT, TextFiles.read(file, Charset.forName("windows-1252")));
    }

    @Test
    void utf16WithoutAMarkIsReadWithTheCharsetThatNamesIt() throws IOException {
        Path file = write("plain16.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, TextFiles.read(file, StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "plain16.txt line 1:", "binary file");
    }

    @Test
    void nulCharacterInUtf16TextIsBinaryWithItsLine() throws IOException {
        Path file = write("nul16.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\nb\u0000c",
                StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "nul16.txt line 2:", "binary file", "NUL");
    }

    @Test
    void brokenUtf16IsReportedWithItsLine() throws IOException {
        // a high surrogate followed by a letter, on line 2
        byte[] bytes = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ok\nx", StandardCharsets.UTF_16LE);
        byte[] broken = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = 0x3D;
        broken[bytes.length + 1] = (byte) 0xD8;
        broken[bytes.length + 2] = 'y';
        broken[bytes.length + 3] = 0;
        Path file = write("broken16.txt", broken);
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "broken16.txt line 2:", "not valid UTF-16LE", "offset 10");
    }

    @Test
    void windows1252QuoteIsReportedWithFileLineAndByte() throws IOException {
        byte[] bytes = {'o', 'n', 'e', '\n', 't', 'w', 'o', '\n', 'h', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93,
            'h', 'i', (byte) 0x94, '\n'};
        Path file = write("cp1252.txt", bytes);
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "cp1252.txt line 3:", "not valid UTF-8", "byte 0x93", "offset 16",
                "convert the file to UTF-8");
    }

    @Test
    void truncatedSequenceAtTheEndIsReported() throws IOException {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xE2, (byte) 0x80};
        Path file = write("cut.txt", bytes);
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "cut.txt line 2:", "byte 0xE2", "offset 3");
    }

    @Test
    void nulByteMeansBinaryWithTheLineItIsOn() throws IOException {
        byte[] bytes = {'a', '\n', 'b', 0, 'c'};
        Path file = write("image.txt", bytes);
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "image.txt line 2:", "binary file", "NUL");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.txt");
        InputException e = assertThrows(InputException.class, () -> TextFiles.readUtf8(file));
        assertHas(e.getMessage(), "nowhere.txt", "file not found");
    }

    @Test
    void decodeNamesTheGivenFile() {
        byte[] bytes = {'x', (byte) 0xFF};
        InputException e = assertThrows(InputException.class,
                () -> TextFiles.decodeUtf8(Path.of("memory.txt"), bytes));
        assertHas(e.getMessage(), "memory.txt line 1:", "byte 0xFF", "offset 1");
    }
}
