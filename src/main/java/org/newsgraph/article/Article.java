package org.newsgraph.article;

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
}
