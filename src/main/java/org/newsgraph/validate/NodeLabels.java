package org.newsgraph.validate;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Short, readable forms of nodes for reports: IRIs as {@code prefix:rest} with the longest
 * namespace that matches (the rest may hold {@code /}, which Turtle would escape; a reader does
 * not need that), literals as in Turtle but with their datatype, long strings cut.
 */
final class NodeLabels {
    private static final int MAX_STRING = 60;

    /** Namespace to prefix, longest namespace first. */
    private final List<Map.Entry<String, String>> namespaces;

    private NodeLabels(Map<String, String> prefixToNamespace) {
        Map<String, String> byNamespace = new LinkedHashMap<>();
        prefixToNamespace.forEach((prefix, ns) -> byNamespace.putIfAbsent(ns, prefix));
        this.namespaces = byNamespace.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /** Labels from the given prefix maps; an earlier map wins when two give the same namespace. */
    static NodeLabels of(PrefixMap... maps) {
        Map<String, String> all = new LinkedHashMap<>();
        for (PrefixMap map : maps) {
            if (map != null) {
                map.getMapping().forEach(all::putIfAbsent);
            }
        }
        return new NodeLabels(all);
    }

    String label(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return iri(node.getURI());
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        if (node.isLiteral()) {
            return literal(node);
        }
        return node.toString();
    }

    String path(Path path) {
        if (path == null) {
            return "";
        }
        if (path instanceof P_Link link) {
            return label(link.getNode());
        }
        return path.toString();
    }

    private String iri(String iri) {
        for (Map.Entry<String, String> e : namespaces) {
            String ns = e.getKey();
            if (iri.startsWith(ns) && iri.length() > ns.length()) {
                return e.getValue() + ":" + iri.substring(ns.length());
            }
        }
        return "<" + iri + ">";
    }

    private String literal(Node node) {
        String lex = node.getLiteralLexicalForm();
        String dt = node.getLiteralDatatypeURI();
        if (XSDDatatype.XSDinteger.getURI().equals(dt) && lex.matches("[+-]?[0-9]+")) {
            return lex;
        }
        String quoted = quote(lex);
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return quoted + "@" + lang;
        }
        // A string's datatype is shown too: a report value is often there because of its datatype.
        return dt == null ? quoted : quoted + "^^" + iri(dt);
    }

    private static String quote(String s) {
        String cut = s.codePointCount(0, s.length()) > MAX_STRING
                ? s.substring(0, s.offsetByCodePoints(0, MAX_STRING)) + "…" : s;
        StringBuilder b = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }
}
