package org.newsgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A news article as read from disk: the start of the pipeline.
 *
 * <pre>{@code
 * Article a = new Article("003", "003.txt", text, ArticleMetadata.unknown());
 * }</pre>
 *
 * @param id       stable identifier, used in IRIs (the manifest id, or the file name without extension)
 * @param fileName the file the text came from, relative to the articles folder; for an article of a
 *                 batch file also its line ({@code batch.jsonl#3})
 * @param text     the text exactly as read, or the text extracted from an HTML page
 * @param metadata what the manifest, the page or the batch record says about it
 */
public record Article(String id, String fileName, String text, ArticleMetadata metadata) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /**
     * A SHA-256 of everything the article's graph is made from (id, file, text, metadata), in hex:
     * equal digests, equal graphs under the same data and rules. Incremental builds and pushes
     * compare it to tell a changed article from an unchanged one.
     */
    public String digest() {
        MessageDigest sha = sha256();
        for (String part : new String[] {id, fileName, text, metadata.title(), metadata.publisher(), metadata.url(),
            String.valueOf(metadata.published()), String.join("\u001f", metadata.authors())}) {
            // a separator no text contains, so ("ab", "c") and ("a", "bc") differ
            sha.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
