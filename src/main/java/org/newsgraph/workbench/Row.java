package org.newsgraph.workbench;

import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One row of a query's answer: its bound variables.
 *
 * <pre>{@code
 * String label = row.text("label");      // "" when unbound
 * String entity = row.iri("entity");     // null when unbound or not an IRI
 * }</pre>
 */
record Row(Map<String, RDFNode> values) {
    Row {
        values = Map.copyOf(values);
    }

    /** The lexical form of a literal, or the IRI; {@code ""} when unbound. */
    String text(String var) {
        RDFNode node = values.get(var);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : "";
    }

    /** The IRI bound to {@code var}, or {@code null}. */
    String iri(String var) {
        RDFNode node = values.get(var);
        return node != null && node.isURIResource() ? node.asResource().getURI() : null;
    }

    /** Whether {@code var} is bound. */
    boolean has(String var) {
        return values.containsKey(var);
    }

    /** The integer bound to {@code var}, or {@code fallback}. */
    long number(String var, long fallback) {
        RDFNode node = values.get(var);
        if (node == null || !node.isLiteral()) {
            return fallback;
        }
        try {
            return node.asLiteral().getLong();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** The number bound to {@code var}, or {@code NaN}. */
    double decimal(String var) {
        RDFNode node = values.get(var);
        if (node == null || !node.isLiteral()) {
            return Double.NaN;
        }
        try {
            return node.asLiteral().getDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
