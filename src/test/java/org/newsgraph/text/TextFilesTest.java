package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
