package org.newsgraph.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.rdf.EntityEmitter;
import org.newsgraph.rdf.NG;

/**
 * Reads the entities without {@code owl:sameAs} from a built dataset: their kind (from
 * {@code rdf:type}), label ({@code rdfs:label}) and the Wikidata id of their country
 * ({@code ng:country} or {@code ng:citizenship}, then that country's {@code owl:sameAs}), in id order.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("out"))) {
 *     List<UnlinkedEntity> todo = UnlinkedEntityLoader.load(store.dataset());
 * }
 * }</pre>
 */
public final class UnlinkedEntityLoader {
    private UnlinkedEntityLoader() {
    }

    /** The unlinked entities of {@code dataset}, whose default graph is the union of its graphs. */
    public static List<UnlinkedEntity> load(Dataset dataset) {
        String sparql = "SELECT ?e ?type ?label ?countryLink WHERE {\n"
                + "  VALUES ?type { " + String.join(" ", kindClasses()) + " }\n"
                + "  ?e " + uri(RDF.type.asNode()) + " ?type ; " + uri(RDFS.label.asNode()) + " ?label .\n"
                + "  FILTER NOT EXISTS { ?e " + uri(OWL.sameAs.asNode()) + " ?linked }\n"
                + "  OPTIONAL { ?e " + uri(NG.country) + "|" + uri(NG.citizenship) + " ?c . ?c "
                + uri(OWL.sameAs.asNode()) + " ?countryLink . FILTER(STRSTARTS(STR(?countryLink), \"" + NG.WD + "\")) }\n"
                + "}";
        Map<String, UnlinkedEntity> byId = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(sparql).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String id = idOf(row.getResource("e").getURI());
                    Kind kind = kindOf(row.getResource("type").asNode());
                    String label = row.getLiteral("label").getLexicalForm();
                    String country = row.contains("countryLink")
                            ? row.getResource("countryLink").getURI().substring(NG.WD.length()) : null;
                    if (country != null && !Entity.QID.matcher(country).matches()) {
                        country = null;
                    }
                    UnlinkedEntity entity = new UnlinkedEntity(id, kind, label, country);
                    byId.merge(id, entity, UnlinkedEntityLoader::steadier);
                }
            }
        });
        return List.copyOf(byId.values());
    }

    /**
     * One of two rows for the same entity (several labels or countries): the one that sorts first,
     * so that the choice does not depend on the order the store returns rows in.
     */
    private static UnlinkedEntity steadier(UnlinkedEntity a, UnlinkedEntity b) {
        String ka = a.label() + "\u0000" + (a.countryQid() == null ? "~" : a.countryQid());
        String kb = b.label() + "\u0000" + (b.countryQid() == null ? "~" : b.countryQid());
        return ka.compareTo(kb) <= 0 ? a : b;
    }

    private static List<String> kindClasses() {
        List<String> classes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            classes.add(uri(EntityEmitter.kindClass(kind)));
        }
        return classes;
    }

    private static Kind kindOf(Node type) {
        for (Kind kind : Kind.values()) {
            if (EntityEmitter.kindClass(kind).equals(type)) {
                return kind;
            }
        }
        throw new IllegalStateException("not a kind class: " + type);
    }

    /** The entity id: the IRI's last segment, which {@code Iris} percent-encoded. */
    private static String idOf(String iri) {
        return URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static String uri(Node node) {
        return "<" + node.getURI() + ">";
    }
}
