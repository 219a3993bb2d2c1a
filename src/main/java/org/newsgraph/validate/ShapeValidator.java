package org.newsgraph.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a dataset against SHACL shapes ({@code ontology/shapes.ttl}) with Jena's SHACL
 * engine. The data graph is the union of the dataset's named graphs (plus its default graph, when
 * anything is in it): a mention lives in its article's graph, the entity it refers to in the
 * entities graph, and a shape that follows the one to the other needs both.
 *
 * <pre>{@code
 * ValidationReport report = ShapeValidator.load(Path.of("ontology/shapes.ttl")).validate(dsg);
 * if (!report.conforms()) {
 *     System.out.println(report.text());
 * }
 * }</pre>
 */
public final class ShapeValidator {
    private static final Logger LOG = LoggerFactory.getLogger(ShapeValidator.class);

    private final Graph shapesGraph;
    private final Shapes shapes;

    private ShapeValidator(Graph shapesGraph, Shapes shapes) {
        this.shapesGraph = shapesGraph;
        this.shapes = shapes;
    }

    /**
     * Reads and parses the shapes in {@code file}; a missing file, a Turtle syntax error (with its
     * line) or a malformed shape is an {@link InputException}.
     */
    public static ShapeValidator load(Path file) {
        Graph graph = RdfLoader.graph(file);
        Shapes shapes;
        try {
            shapes = Shapes.parse(graph);
        } catch (ShaclParseException e) {
            throw new InputException(file, "not valid SHACL: " + e.getMessage() + "; fix the shape", e);
        } catch (RuntimeException e) {
            // Jena's shapes parser casts values as it goes: sh:minCount "one" fails with a ClassCastException.
            throw new InputException(file, "not valid SHACL (" + e + "); check the values of sh:minCount, "
                    + "sh:maxCount, sh:datatype and the other constraints", e);
        }
        if (shapes.getTargetShapes().isEmpty()) {
            throw new InputException(file, "holds no SHACL shape with a target (sh:targetClass, sh:targetSubjectsOf …); "
                    + "pass the shapes file, e.g. --shapes ontology/shapes.ttl");
        }
        LOG.debug("{}: {} shapes, {} with targets", Locations.describe(file), shapes.numShapes(),
                shapes.getTargetShapes().size());
        return new ShapeValidator(graph, shapes);
    }

    /** Validates the union of the named graphs of {@code dsg}, inside a read transaction when it has them. */
    public ValidationReport validate(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        PrefixMap prefixes = PrefixMapFactory.create();
        Runnable copy = () -> {
            GraphUtil.addInto(data, dsg.getDefaultGraph());
            GraphUtil.addInto(data, dsg.getUnionGraph());
            prefixes.putAll(dsg.prefixes());
        };
        if (dsg.supportsTransactions()) {
            Txn.executeRead(dsg, copy);
        } else {
            copy.run();
        }
        return validate(data, NodeLabels.of(prefixes, PrefixMapFactory.create(shapesGraph.getPrefixMapping())));
    }

    private ValidationReport validate(Graph data, NodeLabels labels) {
        long started = System.nanoTime();
        org.apache.jena.shacl.ValidationReport result = ShaclValidator.get().validate(shapes, data);
        Set<Node> focus = new HashSet<>();
        for (Shape shape : shapes.getTargetShapes()) {
            focus.addAll(VLib.focusNodes(data, shape));
        }
        LOG.debug("validated {} resources ({} triples) in {} ms", focus.size(), data.size(),
                (System.nanoTime() - started) / 1_000_000);
        if (result.conforms()) {
            return new ValidationReport(true, focus.size(), 0, "conforms: " + focus.size() + " resources checked");
        }
        // One value can break several constraints of one property shape (a string offset is neither an
        // integer nor ≥ 0 nor comparable with the end); they share the shape's message, so one line says it.
        Map<String, Set<String>> groups = new TreeMap<>();
        for (ReportEntry e : result.getEntries()) {
            String item = labels.label(e.focusNode())
                    + (e.resultPath() == null ? "" : " " + labels.path(e.resultPath()))
                    + (e.value() == null ? "" : " " + labels.label(e.value()));
            groups.computeIfAbsent(heading(e, labels), k -> new TreeSet<>()).add(item);
        }
        int problems = groups.values().stream().mapToInt(Set::size).sum();
        long resources = result.getEntries().stream().map(ReportEntry::focusNode).distinct().count();
        String header = "does not conform: " + problems + (problems == 1 ? " violation" : " violations")
                + " in " + resources + " of " + focus.size() + " resources checked";
        List<ReportText.Group> list = groups.entrySet().stream()
                .map(g -> new ReportText.Group(g.getKey(), List.copyOf(g.getValue())))
                .toList();
        return new ValidationReport(false, focus.size(), problems, ReportText.render(header, list));
    }

    /** "mention › start offset (ng:start): message", from the names the shapes give. */
    private String heading(ReportEntry e, NodeLabels labels) {
        String names = names(e.source());
        String path = e.resultPath() == null ? "" : " (" + labels.path(e.resultPath()) + ")";
        String message = e.message() == null ? "" : e.message();
        return names + path + ": " + message;
    }

    private String names(Node shape) {
        if (shape == null) {
            return "shape";
        }
        String own = name(shape);
        String parents = shapesGraph.find(Node.ANY, SHACL.property, shape).toList().stream()
                .map(Triple::getSubject).map(this::name).distinct().sorted()
                .collect(Collectors.joining("/"));
        return parents.isEmpty() ? own : parents + " › " + own;
    }

    private String name(Node shape) {
        List<Triple> named = shapesGraph.find(shape, SHACL.name, Node.ANY).toList();
        if (!named.isEmpty() && named.get(0).getObject().isLiteral()) {
            return named.get(0).getObject().getLiteralLexicalForm();
        }
        return shape.isURI() ? shape.getLocalName() : "shape";
    }
}
