package org.newsgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;

/**
 * What a build wrote down about itself ({@code newsgraph-build.properties} in its folder): the base
 * IRI of its data and the counts its summary printed. A build that finds nothing changed answers
 * from it without loading the pipeline.
 *
 * <pre>{@code
 * BuildInfo info = BuildInfo.read(Path.of("out/newsgraph-build.properties"));
 * info.base();       // "https://w3id.org/newsgraph/id/"
 * info.articles();   // 2
 * info.profile();    // GraphProfile.FULL
 * }</pre>
 *
 * @param base     the base IRI of the data
 * @param articles the articles in the build
 * @param entities entities described (0 when the file does not say)
 * @param mentions mentions found (0 when the file does not say)
 * @param triples  triples over all graphs (0 when the file does not say)
 * @param profile  the graph profile, {@link GraphProfile#FULL} when the file does not say
 */
public record BuildInfo(String base, long articles, int entities, long mentions, long triples, GraphProfile profile) {
    /** Reads the file; a missing or unreadable one is a {@link StoreException}. */
    public static BuildInfo read(Path file) {
        try {
            return load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(Locations.describe(file) + ": cannot read what the build wrote (" + e.getMessage()
                    + "); build the dataset again", e);
        }
    }

    /** The file's counts when it holds them all; empty when it is missing or incomplete. */
    public static Optional<BuildInfo> counts(Path file) {
        try {
            BuildInfo info = load(file);
            return info.triples() > 0 ? Optional.of(info) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BuildInfo load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new BuildInfo(p.getProperty("base", Iris.DEFAULT_BASE).strip(), number(p, "articles"),
                Math.toIntExact(number(p, "entities")), number(p, "mentions"), number(p, "triples"),
                GraphProfile.of(p.getProperty("profile", GraphProfile.FULL.label())));
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0").strip());
    }
}
