package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Objects;
import org.newsgraph.article.Manifest;

/**
 * One file of the corpus, as the driver lists it for a task to read: its Hadoop path, its name
 * and its manifest row.
 *
 * @param path  the file's Hadoop path, {@code hdfs://…}, {@code s3a://…}, {@code file:/…}
 * @param name  its name in the articles folder
 * @param entry its row of the manifest, or null
 */
record ArticleSource(String path, String name, Manifest.Entry entry) implements Serializable {
    ArticleSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }
}
