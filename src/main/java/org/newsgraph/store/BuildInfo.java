package org.newsgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.Iris;

/**
 * What a build wrote down about itself ({@code newsgraph-build.properties} in its folder): the base
 * IRI of its data and how many articles it holds.
 *
 * <pre>{@code
 * BuildInfo info = BuildInfo.read(Path.of("out/newsgraph-build.properties"));
 * info.base();       // "https://w3id.org/newsgraph/id/"
 * info.articles();   // 2
 * }</pre>
 *
 * @param base     the base IRI of the data
 * @param articles the articles in the build
 */
public record BuildInfo(String base, long articles) {
    /** Reads the file; a missing or unreadable one is a {@link StoreException}. */
    public static BuildInfo read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return new BuildInfo(p.getProperty("base", Iris.DEFAULT_BASE).strip(),
                    Long.parseLong(p.getProperty("articles", "0").strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(Locations.describe(file) + ": cannot read what the build wrote (" + e.getMessage()
                    + "); build the dataset again", e);
        }
    }
}
