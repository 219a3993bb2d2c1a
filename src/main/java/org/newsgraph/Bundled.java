package org.newsgraph;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The default data that ships inside newsgraph: the gazetteer, the rules and the sample articles
 * ({@code data/}), the ontology, SHACL shapes and JSON-LD context ({@code ontology/}) and the
 * competency queries ({@code queries/}). Maven copies them from the repository into the jar under
 * {@value #ROOT}, so every command works from any folder; {@code --data}, {@code --queries},
 * {@code --shapes}, {@code --ontology} and {@code --context} name other files instead.
 *
 * <p>The paths belong to the jar's own zip file system when newsgraph runs from its jar, and
 * to the class folder when it runs from a build tree (tests): read them with {@link java.nio.file.Files},
 * never with {@code toFile()}.
 *
 * <p>On the command line the bundled files are named with the prefix {@value #PREFIX}
 * ({@code --data bundled:data}, the default), and messages name them the same way.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load(Bundled.data());
 * Path shapes = Bundled.shapes();                       // ontology/shapes.ttl inside newsgraph.jar
 * Path rules = Bundled.resolve("data/rules");           // what "bundled:data/rules" names
 * Locations.describe(rules);                            // "bundled:data/rules"
 * }</pre>
 */
public final class Bundled {
    /** The folder inside the jar (and the class folder) that holds the bundled files. */
    public static final String ROOT = "newsgraph-defaults";
    /** How a command-line path names a bundled file: {@code bundled:data/rules}. */
    public static final String PREFIX = "bundled:";

    private static volatile Path root;

    private Bundled() {
    }

    /** The bundled data folder: {@code gazetteer/}, {@code rules/} and the sample {@code articles/}. */
    public static Path data() {
        return root().resolve("data");
    }

    /** The bundled competency queries. */
    public static Path queries() {
        return root().resolve("queries");
    }

    /** The bundled SHACL shapes. */
    public static Path shapes() {
        return root().resolve("ontology").resolve("shapes.ttl");
    }

    /** The bundled ontology. */
    public static Path ontology() {
        return root().resolve("ontology").resolve("newsgraph.ttl");
    }

    /** The bundled JSON-LD context. */
    public static Path context() {
        return root().resolve("ontology").resolve("context.jsonld");
    }

    /**
     * The bundled file or folder a relative name gives ({@code data/rules}, {@code queries}).
     *
     * @throws ConfigurationException when the name leaves the bundled files
     */
    public static Path resolve(String relative) {
        Path base = root();
        Path path = base.resolve(relative.isEmpty() ? "." : relative).normalize();
        if (!path.startsWith(base.normalize())) {
            throw new ConfigurationException("\"" + PREFIX + relative + "\": not a bundled file; bundled names are "
                    + "relative, such as " + PREFIX + "data, " + PREFIX + "queries or " + PREFIX + "ontology/shapes.ttl");
        }
        return path;
    }

    /** Whether {@code path} is one of the bundled files. */
    public static boolean isBundled(Path path) {
        if (path == null) {
            return false;
        }
        Path base = root;
        return base != null && path.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize());
    }

    /** How messages name a bundled file: {@code bundled:data/gazetteer/people.csv}. */
    static String describe(Path path) {
        Path base = root().toAbsolutePath().normalize();
        return PREFIX + base.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Path root() {
        Path r = root;
        if (r == null) {
            synchronized (Bundled.class) {
                r = root;
                if (r == null) {
                    r = locate();
                    root = r;
                }
            }
        }
        return r;
    }

    private static Path locate() {
        URL marker = Bundled.class.getResource("/" + ROOT + "/ontology/newsgraph.ttl");
        if (marker == null) {
            throw new ConfigurationException("the data bundled with newsgraph is missing from its jar; "
                    + "rebuild it with `mvn package`, or pass --data, --queries, --shapes and --ontology");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + ROOT);
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new ConfigurationException("cannot open the data bundled with newsgraph (" + e.getMessage()
                    + "); pass --data, --queries, --shapes and --ontology");
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
