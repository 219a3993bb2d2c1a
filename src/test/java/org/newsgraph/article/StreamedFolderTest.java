package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

/**
 * A folder read in the memory of one window, whatever its size (issue 18): the folder listed a
 * window at a time, the manifest read as a stream when its rows are in name order (and held when
 * not, with the same errors), the ids seen kept as hashes and a repeated one confirmed exactly.
 */
class StreamedFolderTest {
    @TempDir
    Path dir;

    @Property(tries = 40)
    void aFolderListedInWindowsIsListedInNameOrder(@ForAll @Size(max = 30) Set<@StringLength(min = 1, max = 6)
            @net.jqwik.api.constraints.AlphaChars String> names, @ForAll @IntRange(min = 1, max = 7) int window)
            throws IOException {
        Path folder = Files.createTempDirectory("newsgraph-listing");   // jqwik does not inject @TempDir
        try {
            listsInOrder(folder, names, window);
        } finally {
            org.newsgraph.Folders.deleteQuietly(folder);
        }
    }

    private static void listsInOrder(Path folder, Set<String> names, int window) throws IOException {
        for (String name : names) {
            Files.writeString(folder.resolve(name + ".txt"), "x");
        }
        List<String> listed = new ArrayList<>();
        FolderListing.forEach(folder, window, n -> listed.add(n));
        List<String> expected;
        try (Stream<Path> files = Files.list(folder)) {
            expected = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(expected, listed);
    }

    @Test
    void aListingStopsWhenAsked() throws IOException {
        for (String name : List.of("a", "b", "c", "d")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<String> listed = new ArrayList<>();
        FolderListing.forEach(dir, 2, n -> listed.add(n) && !n.equals("c"));
        assertEquals(List.of("a", "b", "c"), listed);
    }

    @Test
    void seenIdsAnswerAsASetDoes() {
        SeenIds ids = new SeenIds();
        Set<String> exact = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "article-" + (i * 7919 % 30_000);
            assertEquals(exact.add(id), ids.add(id), id);
        }
        assertEquals(exact.size(), ids.size());
        assertFalse(ids.add("article-0"));
        assertTrue(ids.add(""));
        assertTrue(SeenIds.hash("ab") != SeenIds.hash("ba"));
    }

    @Test
    void aManifestInAnyOrderGivesTheSameArticles() throws IOException {
        Path sorted = folder("sorted", "id,file,title\na-1,a.txt,First\nb-1,b.txt,Second\nc-1,c.txt,Third\n");
        Path unsorted = folder("unsorted", "id,file,title\nc-1,c.txt,Third\na-1,a.txt,First\nb-1,b.txt,Second\n");
        List<Article> fromSorted = ArticleLoader.load(sorted);
        assertEquals(List.of("a-1", "b-1", "c-1"), fromSorted.stream().map(Article::id).toList());
        assertEquals("Second", fromSorted.get(1).metadata().title());
        assertEquals(fromSorted, ArticleLoader.load(unsorted));
        try (ManifestRows rows = ManifestRows.open(sorted.resolve(ArticleLoader.MANIFEST));
                ManifestRows held = ManifestRows.open(unsorted.resolve(ArticleLoader.MANIFEST))) {
            assertEquals("Streamed", rows.getClass().getSimpleName(), "a manifest in name order is read as a stream");
            assertEquals("Held", held.getClass().getSimpleName());
        }
    }

    @Test
    void aRowWithoutItsFileIsNamedByItsLineInEitherOrder() throws IOException {
        String sortedRows = "id,file\na-1,a.txt\nab-1,ab.txt\n# a comment\n\nb-1,b.txt\nbb-1,bb.txt\n";
        String unsortedRows = "id,file\nbb-1,bb.txt\na-1,a.txt\nab-1,ab.txt\n# a comment\n\nb-1,b.txt\n";
        for (String rows : List.of(sortedRows, unsortedRows)) {
            Path folder = folder("missing" + rows.length() + rows.indexOf("bb"), rows);
            Files.delete(folder.resolve("ab.txt"));
            Files.delete(folder.resolve("bb.txt"));
            String message = assertThrows(InputException.class, () -> ArticleLoader.load(folder)).getMessage();
            int line = rows.equals(sortedRows) ? 3 : 2;
            String name = rows.equals(sortedRows) ? "ab.txt" : "bb.txt";
            assertTrue(message.contains("line " + line) && message.contains("\"" + name + "\" is not in the articles folder"),
                    message);
        }
    }

    @Test
    void aRowOfASkippedFileSaysWhy() throws IOException {
        Path folder = folder("skipped", "id,file\na-1,a.txt\nb-1,b.txt\n");
        Files.delete(folder.resolve("a.txt"));
        Files.createDirectory(folder.resolve("a.txt"));
        String message = assertThrows(InputException.class, () -> ArticleLoader.load(folder)).getMessage();
        assertTrue(message.contains("line 2") && message.contains("\"a.txt\""), message);
    }

    @Test
    void aRepeatedIdOrFileInASortedManifestIsRefusedAtItsRow() throws IOException {
        Path ids = folder("ids", "id,file\na-1,a.txt\nb-1,b.txt\na-1,c.txt\n");
        String message = assertThrows(InputException.class, () -> ArticleLoader.load(ids)).getMessage();
        assertTrue(message.contains("line 4") && message.contains("is used by an earlier row"), message);
        Path twice = folder("twice", "id,file\na-1,a.txt\nb-1,a.txt\n");
        message = assertThrows(InputException.class, () -> ArticleLoader.load(twice)).getMessage();
        assertTrue(message.contains("line 3") && message.contains("listed twice"), message);
    }

    @Test
    void aRepeatedIdNamesWhereItWasFirstUsed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("batches"));
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"x1\", \"text\": \"Armenia said so.\"}\n"
                + "{\"id\": \"x2\", \"text\": \"Baku denied it.\"}\n");
        Files.writeString(folder.resolve("b.txt"), "Yerevan said so.");
        Files.writeString(folder.resolve("c.jsonl"), "{\"id\": \"x3\", \"text\": \"Armenia said so.\"}\n"
                + "{\"id\": \"x2\", \"text\": \"Baku denied it.\"}\n");
        String message = assertThrows(InputException.class, () -> ArticleLoader.load(folder)).getMessage();
        assertTrue(message.contains("line 2") && message.contains("also used by a.jsonl line 2"), message);
        Files.writeString(folder.resolve("c.jsonl"), "{\"id\": \"b\", \"text\": \"Armenia said so.\"}\n");
        message = assertThrows(InputException.class, () -> ArticleLoader.load(folder)).getMessage();
        assertTrue(message.contains("also used by b.txt"), message);
    }

    private Path folder(String name, String manifest) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.writeString(folder.resolve(ArticleLoader.MANIFEST), manifest);
        for (String line : manifest.split("\n")) {
            String[] cells = line.split(",");
            if (cells.length > 1 && cells[1].endsWith(".txt")) {
                Files.writeString(folder.resolve(cells[1]), "Armenia said so in " + cells[0] + ".");
            }
        }
        return folder;
    }
}
