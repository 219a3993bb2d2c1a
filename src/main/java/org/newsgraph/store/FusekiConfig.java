package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.StoreException;

/**
 * Writes the assembler file from which a stock Fuseki server ({@code fuseki-server --config
 * FILE}) serves the TDB2 database read-only at {@code /newsgraph}, with the union of the named
 * graphs as default graph.
 *
 * <pre>{@code
 * FusekiConfig.write(layout.fusekiConfig(), finalTdb2Dir);
 * }</pre>
 */
public final class FusekiConfig {
    /** The dataset's path on the server: {@code /newsgraph/sparql}. */
    public static final String SERVICE = "newsgraph";

    private FusekiConfig() {
    }

    /** The configuration text for a database at {@code tdb2}. */
    public static String text(Path tdb2) {
        String location = tdb2.toAbsolutePath().normalize().toString()
                .replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                # Fuseki configuration written by `newsgraph build`.
                # Serve with a stock Fuseki:  fuseki-server --config fuseki.ttl
                # SPARQL endpoint: http://localhost:3030/%1$s/sparql (read-only).
                # The default graph is the union of all named graphs (one per article + entities).
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
                    fuseki:dataset :dataset .

                :dataset rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%2$s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(SERVICE, location);
    }

    /** Writes {@link #text} to {@code file}. */
    public static void write(Path file, Path tdb2) {
        try {
            Files.writeString(file, text(tdb2), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the Fuseki configuration (" + e.getMessage() + ")", e);
        }
    }
}
