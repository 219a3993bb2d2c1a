package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.Bundled;
import org.newsgraph.article.ArticleLoader;
import org.newsgraph.build.ArticleConverter;
import org.newsgraph.build.DatasetBuild;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;

/**
 * What every executor needs to convert articles as {@code newsgraph build} does with the same
 * options: the data folder (a local path present on every node, or {@code bundled:data}, the data
 * inside the jar), the accepted Wikidata links, the base IRI, the graph profile and how article
 * files are read. Sent to the executors with each task; small.
 *
 * <pre>{@code
 * JobSettings settings = new JobSettings("bundled:data", null, Iris.DEFAULT_BASE, "full", "UTF-8", false);
 * ArticleConverter converter = settings.converter();
 * }</pre>
 *
 * @param data    the data folder with {@code gazetteer/}, {@code rules/} and {@code opendata/}
 * @param links   the accepted links file, or null for {@code DATA/links/wikidata-links.csv}
 * @param base    the base IRI of the data
 * @param profile the graph profile, {@code full} or {@code lean}
 * @param charset the encoding of the article files
 * @param strict  whether a warning while reading the articles fails the job
 */
public record JobSettings(String data, String links, String base, String profile, String charset, boolean strict)
        implements Serializable {
    public JobSettings {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(base, "base");
        GraphProfile.of(profile);
        Charset.forName(charset);
    }

    /** The data folder as a path: {@code bundled:data} is the copy inside the jar. */
    public Path dataFolder() {
        return data.startsWith(Bundled.PREFIX) ? Bundled.resolve(data.substring(Bundled.PREFIX.length())) : Path.of(data);
    }

    /** The accepted links file. */
    public Path linksFile() {
        return links == null ? dataFolder().resolve("links").resolve("wikidata-links.csv") : Path.of(links);
    }

    /** How the article files are read. */
    public ArticleLoader.Options reading() {
        return new ArticleLoader.Options(Charset.forName(charset), strict);
    }

    /**
     * This JVM's converter for these settings, loaded on first use (the gazetteer, rules and open
     * data once per executor, not per task or article) and shared by its tasks: converting is
     * thread-safe.
     */
    public ArticleConverter converter() {
        return Converters.of(this);
    }

    /** The fingerprint {@code newsgraph build} records for the same data, links, base and profile. */
    public String fingerprint() {
        return DatasetBuild.builder().data(dataFolder()).links(linksFile()).base(base)
                .profile(GraphProfile.of(profile)).build().fingerprint();
    }

    /** The converter of these settings, made anew. */
    ArticleConverter load() {
        return ArticleConverter.load(dataFolder(), linksFile(), new Iris(base), GraphProfile.of(profile));
    }
}
