package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RDF files (shapes, the ontology, a dataset dump) into memory, in the syntax their name
 * says ({@code .ttl}, {@code .trig}, {@code .nq}, {@code .nt}; Turtle when the name says none).
 * A missing file or a syntax error is an {@link InputException} naming the file and the line
 * Jena's parser stopped at.
 *
 * <pre>{@code
 * Graph shapes = RdfLoader.graph(Path.of("ontology/shapes.ttl"));
 * DatasetGraph dump = RdfLoader.dataset(Path.of("out/dataset.trig"));
 * // ontology/shapes.ttl line 12: not valid Turtle (column 5): Expected BNode or IRI: ...
 * }</pre>
 */
public final class RdfLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RdfLoader.class);

    private RdfLoader() {
    }

    /** The triples of {@code file}. */
    public static Graph graph(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        parse(file, StreamRDFLib.graph(graph));
        return graph;
    }

    /** The quads of {@code file}; the triples of a Turtle or N-Triples file go to the default graph. */
    public static DatasetGraph dataset(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        parse(file, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static void parse(Path file, StreamRDF sink) {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a folder, not an RDF file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "file not found; check the path");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            lang = Lang.TURTLE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).base(file.toUri().toString()).lang(lang).errorHandler(new Failing(file, lang)).parse(sink);
        } catch (IOException e) {
            throw new InputException(file, "cannot read (" + e.getMessage() + ")", e);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputException(file, "cannot read as " + lang.getLabel() + ": " + e.getMessage(), e);
        }
    }

    /** Turns the first parse error into an {@link InputException} with file and line. */
    private record Failing(Path file, Lang lang) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{} line {}: {}", file, line, message);
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            String problem = "not valid " + lang.getLabel() + (col > 0 ? " (column " + col + ")" : "") + ": " + message
                    + "; fix the file";
            throw line > 0 ? new InputException(file, line, problem) : new InputException(file, problem);
        }
    }
}
