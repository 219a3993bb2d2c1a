package org.newsgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newsgraph.ConfigurationException;
import org.newsgraph.StoreException;

/**
 * Writes a dataset as Turtle, TriG, N-Quads or JSON-LD. Turtle has no graph names, so it holds
 * the union of the named graphs (the default graph newsgraph queries see), or one graph with
 * {@link Builder#graph(String)}; the other formats keep every graph's name (or hold the one
 * graph, named). JSON-LD is JSON-LD 1.1 compacted with newsgraph's {@link JsonLdContext}, held
 * in the document (so it parses anywhere, offline) or referred to by URL with
 * {@link Builder#contextUrl(String)}.
 *
 * <pre>{@code
 * DatasetExporter.builder().format(ExportFormat.JSONLD)
 *         .context(JsonLdContext.load(Path.of("ontology/context.jsonld")))
 *         .build()
 *         .export(store.dataset(), out);
 * }</pre>
 */
public final class DatasetExporter {
    /** The prefixes of the Turtle and TriG output. */
    static final Map<String, String> PREFIXES = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("ng", "https://w3id.org/newsgraph/ontology#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
            Map.entry("geosparql", "http://www.opengis.net/ont/geosparql#"),
            Map.entry("wd", "http://www.wikidata.org/entity/")));

    private final ExportFormat format;
    private final Node graph;
    private final JsonLdContext context;
    private final String contextUrl;

    private DatasetExporter(Builder b) {
        this.format = b.format;
        this.graph = b.graph == null ? null : NodeFactory.createURI(b.graph);
        this.context = b.context;
        this.contextUrl = b.contextUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes {@code dataset} to {@code out}, inside a read transaction. */
    public void export(Dataset dataset, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> {
            if (graph != null && !dsg.containsGraph(graph)) {
                throw new ConfigurationException("--graph <" + graph.getURI() + ">: the dataset has no such graph; "
                        + "list its graphs with newsgraph query --sparql 'SELECT DISTINCT ?g { GRAPH ?g {} }'");
            }
            PrefixMap prefixes = PrefixMapFactory.create(PREFIXES);
            switch (format) {
                case TURTLE -> RDFWriterRegistry.getWriterGraphFactory(RDFFormat.TURTLE_BLOCKS)
                        .create(RDFFormat.TURTLE_BLOCKS)
                        .write(out, graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph), prefixes, null, new Context());
                case TRIG -> writeDataset(RDFFormat.TRIG_BLOCKS, selected(dsg), prefixes, out);
                case NQUADS -> writeDataset(RDFFormat.NQUADS, selected(dsg), prefixes, out);
                case JSONLD -> writeJsonLd(selected(dsg), out);
                case CSV -> throw new IllegalStateException("CSV is written by CsvExporter");
            }
        });
    }

    private static void writeDataset(RDFFormat f, DatasetGraph dsg, PrefixMap prefixes, OutputStream out) {
        RDFWriterRegistry.getWriterDatasetFactory(f).create(f).write(out, dsg, prefixes, null, new Context());
    }

    /** The whole dataset, or a dataset of the one graph asked for. */
    private DatasetGraph selected(DatasetGraph dsg) {
        if (graph == null) {
            return dsg;
        }
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        Graph g = dsg.getGraph(graph);
        g.find().forEach(t -> one.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return one;
    }

    /**
     * RDF → expanded JSON-LD (the JSON-LD processor's own RDF algorithm, fed quad by quad, as
     * Jena's JSON-LD writer does) → compacted with the context.
     */
    private void writeJsonLd(DatasetGraph dsg, OutputStream out) {
        JsonObject compacted;
        try {
            QuadsToJsonld rdf = JsonLd.fromRdf().ordered(true);
            for (Quad q : Iter.toList(dsg.find())) {
                Node o = q.getObject();
                String graphName = q.isDefaultGraph() ? null : resource(q.getGraph());
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    String direction = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().toString();
                    rdf.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, direction, graphName);
                } else {
                    rdf.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null,
                            graphName);
                }
            }
            JsonArray expanded = rdf.toJsonLd();
            compacted = JsonLd.compact(JsonDocument.of(expanded), context.asDocument()).ordered(true).get();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new StoreException("JSON-LD: cannot write the dataset with the context " + context.file() + " ("
                    + e.getMessage() + "); check the context file", e);
        }
        if (contextUrl != null) {
            JsonObjectBuilder b = Json.createObjectBuilder(compacted);
            b.add("@context", contextUrl);
            compacted = reorder(b.build());
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w);
        json.write(compacted);
        try {
            w.write('\n');
            w.flush();
        } catch (java.io.IOException e) {
            throw new StoreException("JSON-LD: cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** {@code @context} first, as readers expect to see it. */
    private static JsonObject reorder(JsonObject o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("@context", o.get("@context"));
        o.forEach((k, v) -> {
            if (!k.equals("@context")) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    /** Options of an export; {@link #build()} checks them. */
    public static final class Builder {
        private ExportFormat format;
        private String graph;
        private JsonLdContext context;
        private String contextUrl;

        private Builder() {
        }

        /** The format (required): Turtle, TriG, N-Quads or JSON-LD. */
        public Builder format(ExportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Export only this named graph (by IRI); default all (for Turtle: their union). */
        public Builder graph(String graph) {
            this.graph = graph;
            return this;
        }

        /** The JSON-LD context; required for JSON-LD. */
        public Builder context(JsonLdContext context) {
            this.context = context;
            return this;
        }

        /** Refer to the context by this URL instead of holding it in the document; default hold it. */
        public Builder contextUrl(String contextUrl) {
            this.contextUrl = contextUrl;
            return this;
        }

        public DatasetExporter build() {
            if (format == null || format == ExportFormat.CSV) {
                throw new IllegalStateException("DatasetExporter writes Turtle, TriG, N-Quads or JSON-LD: " + format);
            }
            if (format == ExportFormat.JSONLD && context == null) {
                throw new IllegalStateException("JSON-LD needs the context: call context(JsonLdContext)");
            }
            if (graph != null) {
                absolute("--graph", graph, "the IRI of a named graph, e.g. https://w3id.org/newsgraph/id/graph/entities");
            }
            if (contextUrl != null) {
                if (format != ExportFormat.JSONLD) {
                    throw new ConfigurationException("--context-url is for --format jsonld only");
                }
                absolute("--context-url", contextUrl, "e.g. " + JsonLdContext.PUBLISHED);
            }
            return new DatasetExporter(this);
        }

        private static void absolute(String option, String iri, String example) {
            try {
                if (!new URI(iri).isAbsolute()) {
                    throw new ConfigurationException(option + " " + iri + ": not an absolute IRI; give " + example);
                }
            } catch (URISyntaxException e) {
                throw new ConfigurationException(option + " " + iri + ": not an IRI (" + e.getReason() + "); give "
                        + example, e);
            }
        }
    }
}
