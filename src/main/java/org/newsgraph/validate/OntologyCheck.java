package org.newsgraph.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.rdf.NG;

/**
 * Checks that every {@code ng:} term a dataset uses (as a class, a property, or anywhere else) is
 * declared in the ontology, that is, has an {@code rdf:type} there. The report shows up to three
 * example triples per undeclared term. A term the code writes but
 * the ontology does not know is a term nobody can look up.
 *
 * <pre>{@code
 * ValidationReport report = OntologyCheck.load(Path.of("ontology/newsgraph.ttl")).check(dsg);
 * // does not conform: 1 of 61 ng: terms used in the data is not declared in ontology/newsgraph.ttl
 * // ng:frobnicates: used in the data but not declared in ontology/newsgraph.ttl; declare it there or stop writing it (2 times)
 * //   article:003_a97cd004bbf5f12d ng:frobnicates "x"
 * }</pre>
 */
public final class OntologyCheck {
    /** How many example triples the report shows per undeclared term. */
    private static final int EXAMPLES = 3;

    private final String source;
    private final Set<Node> declared;
    private final PrefixMap prefixes;

    private OntologyCheck(String source, Set<Node> declared, PrefixMap prefixes) {
        this.source = source;
        this.declared = declared;
        this.prefixes = prefixes;
    }

    /** Reads the ontology; a missing file or a Turtle syntax error (with its line) is an {@link InputException}. */
    public static OntologyCheck load(Path file) {
        Graph ontology = RdfLoader.graph(file);
        Set<Node> declared = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> declared.add(t.getSubject()));
        if (declared.stream().noneMatch(n -> n.isURI() && n.getURI().startsWith(NG.NS))) {
            throw new InputException(file, "declares no term in the namespace " + NG.NS
                    + "; pass the newsgraph ontology, e.g. --ontology ontology/newsgraph.ttl");
        }
        return new OntologyCheck(Locations.describe(file), declared,
                PrefixMapFactory.create(ontology.getPrefixMapping()));
    }

    /** Checks every quad of {@code dsg}, inside a read transaction when it has them. */
    public ValidationReport check(DatasetGraph dsg) {
        Set<Node> used = new HashSet<>();
        Map<Node, List<Quad>> undeclared = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        Map<Node, Integer> uses = new HashMap<>();
        PrefixMap dataPrefixes = PrefixMapFactory.create();
        Runnable scan = () -> {
            dataPrefixes.putAll(dsg.prefixes());
            dsg.find().forEachRemaining(q -> {
                for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
                    if (!n.isURI() || !n.getURI().startsWith(NG.NS)) {
                        continue;
                    }
                    used.add(n);
                    if (!declared.contains(n)) {
                        uses.merge(n, 1, Integer::sum);
                        List<Quad> examples = undeclared.computeIfAbsent(n, k -> new ArrayList<>());
                        if (examples.size() < EXAMPLES) {
                            examples.add(q);
                        }
                    }
                }
            });
        };
        if (dsg.supportsTransactions()) {
            Txn.executeRead(dsg, scan);
        } else {
            scan.run();
        }
        if (undeclared.isEmpty()) {
            return new ValidationReport(true, used.size(), 0,
                    "conforms: all " + used.size() + " ng: terms used are declared in " + source);
        }
        NodeLabels labels = NodeLabels.of(dataPrefixes, prefixes);
        List<ReportText.Group> groups = new ArrayList<>();
        undeclared.forEach((term, examples) -> {
            List<String> items = new ArrayList<>();
            for (Quad q : examples) {
                items.add(labels.label(q.getSubject()) + " " + labels.label(q.getPredicate()) + " " + labels.label(q.getObject()));
            }
            groups.add(new ReportText.Group(labels.label(term) + ": used in the data but not declared in " + source
                    + "; declare it there or stop writing it", uses.get(term), items));
        });
        int n = undeclared.size();
        String header = "does not conform: " + n + " of " + used.size() + " ng: terms used in the data "
                + (n == 1 ? "is" : "are") + " not declared in " + source;
        return new ValidationReport(false, used.size(), n, ReportText.render(header, groups));
    }
}
