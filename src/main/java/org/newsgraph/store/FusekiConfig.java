package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;

/**
 * The assembler file from which a stock Fuseki server ({@code fuseki-server --config FILE})
 * serves the TDB2 database at {@code /newsgraph}, with the union of the named graphs as default
 * graph: read-only (query at {@code sparql} and {@code query}, Graph Store reads at {@code get}),
 * or with {@link Builder#update(boolean) updates} also SPARQL Update at {@code update} and Graph
 * Store writes at {@code data}. {@code build} writes the read-only variant as {@code fuseki.ttl};
 * {@code newsgraph fuseki-config} writes either.
 *
 * <pre>{@code
 * FusekiConfig.write(layout.fusekiConfig(), finalTdb2Dir);                       // read-only
 * FusekiConfig.builder().tdb2(layout.tdb2()).update(true).build().write(file);  // read-write
 * }</pre>
 */
public final class FusekiConfig {
    /** The dataset's path on the server: {@code /newsgraph/sparql}. */
    public static final String SERVICE = "newsgraph";
    /** The file name {@code fuseki-config --update} writes by default, next to {@code fuseki.ttl}. */
    public static final String UPDATE_FILE = "fuseki-update.ttl";

    private final Path tdb2;
    private final boolean update;

    private FusekiConfig(Builder b) {
        this.tdb2 = b.tdb2;
        this.update = b.update;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The read-only configuration text, written to {@code file}, for a database at {@code tdb2}. */
    public static String text(Path file, Path tdb2) {
        return builder().tdb2(tdb2).build().text(file);
    }

    /** Writes the read-only configuration for {@code tdb2} to {@code file}. */
    public static void write(Path file, Path tdb2) {
        builder().tdb2(tdb2).build().write(file);
    }

    /** Whether the configuration allows updates. */
    public boolean update() {
        return update;
    }

    /**
     * The configuration text for the file {@code file}. The database's location is an IRI relative
     * to that file ({@code <tdb2>}), which Jena's assembler resolves against the file's own
     * address: the folder can be moved or copied, and Fuseki started from any working folder.
     */
    public String text(Path file) {
        String location = "<" + location(file) + ">";
        String writes = update
                ? "    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name \"update\" ] ;\n"
                        + "    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name \"data\" ] ;\n"
                : "";
        String mode = update
                ? "read-write: SPARQL Update at /%1$s/update, Graph Store writes at /%1$s/data".formatted(SERVICE)
                : "read-only";
        String written = update ? "`newsgraph fuseki-config --update`" : "`newsgraph build` / `newsgraph fuseki-config`";
        return """
                # Fuseki configuration written by %3$s.
                # Serve with a stock Fuseki:  java -jar jena-fuseki-server-5.6.0.jar --config THIS_FILE
                # SPARQL endpoint: http://localhost:3030/%1$s/sparql (%4$s).
                # The default graph is the union of all named graphs (one per article + entities);
                # write into named graphs: triples written to the default graph are stored but not seen.
                PREFIX :       <#>
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

                [] rdf:type fuseki:Server ;
                   fuseki:services ( :service ) .

                :service rdf:type fuseki:Service ;
                    fuseki:name "%1$s" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                %5$s    fuseki:dataset :dataset .

                :dataset rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location %2$s ;
                    tdb2:unionDefaultGraph true .
                """.formatted(SERVICE, location, written, mode, writes);
    }

    /** Writes {@link #text(Path) the configuration} to {@code file}, replacing it in one rename so a reader never sees half a file. */
    public void write(Path file) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(next, text(file), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Locations.describe(file) + ": cannot write the Fuseki configuration ("
                    + e.getMessage() + "); choose a writable file", e);
        }
    }

    /**
     * The database's address relative to the folder of {@code file}, each path segment
     * percent-encoded; an absolute {@code file:} IRI when no relative path leads there (another drive).
     */
    private String location(Path file) {
        Path from = file.toAbsolutePath().normalize().getParent();
        Path to = tdb2.toAbsolutePath().normalize();
        try {
            Path relative = from.relativize(to);
            StringBuilder iri = new StringBuilder();
            for (Path segment : relative) {
                iri.append(iri.length() == 0 ? "" : "/").append(segment(segment.toString()));
            }
            return iri.length() == 0 ? "." : iri.toString();
        } catch (IllegalArgumentException e) {
            return to.toUri().toASCIIString();
        }
    }

    /** One path segment as an IRI segment: unreserved characters as they are, the rest percent-encoded. */
    private static String segment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Options of a configuration; {@link #build()} checks them. */
    public static final class Builder {
        private Path tdb2;
        private boolean update;

        private Builder() {
        }

        /** The TDB2 database served (required); written into the file relative to the file itself. */
        public Builder tdb2(Path tdb2) {
            this.tdb2 = Objects.requireNonNull(tdb2, "tdb2");
            return this;
        }

        /** Whether SPARQL Update and Graph Store writes are allowed; default no. */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        public FusekiConfig build() {
            if (tdb2 == null) {
                throw new IllegalStateException("FusekiConfig needs the TDB2 database: call tdb2(path)");
            }
            return new FusekiConfig(this);
        }
    }
}
