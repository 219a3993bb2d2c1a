package org.newsgraph.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The SHA-256 of a graph's content: of its triples as N-Triples lines, sorted, so that the same
 * triples give the same hash whatever their order or the store they come from. Blank nodes have
 * no stable label, so each is named by what surrounds it (colour refinement: a blank node's name
 * is the hash of its triples with its neighbours' names, repeated until the names stop splitting
 * the blank nodes into more groups); graphs that differ only in blank node labels hash alike.
 *
 * <pre>{@code
 * String hash = GraphHasher.hash(graph);   // 64 hex digits
 * }</pre>
 */
public final class GraphHasher {
    private GraphHasher() {
    }

    /** The hash of {@code graph}, 64 lower-case hex digits. */
    public static String hash(Graph graph) {
        List<Triple> triples = graph.find().toList();
        Map<Node, String> names = blankNodeNames(triples);
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            lines.add(term(t.getSubject(), names) + " " + term(t.getPredicate(), names) + " "
                    + term(t.getObject(), names) + " .");
        }
        lines.sort(null);
        MessageDigest sha = sha256();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    private static String term(Node n, Map<Node, String> names) {
        return n.isBlank() ? "_:" + names.get(n) : NodeFmtLib.strNT(n);
    }

    private static Map<Node, String> blankNodeNames(List<Triple> triples) {
        Map<Node, String> names = new HashMap<>();
        for (Triple t : triples) {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isBlank()) {
                    names.put(n, "b");
                }
            }
        }
        int groups = 1;
        for (int round = 0; round <= names.size() && !names.isEmpty(); round++) {
            Map<Node, List<String>> around = new HashMap<>();
            for (Triple t : triples) {
                String p = NodeFmtLib.strNT(t.getPredicate());
                if (t.getSubject().isBlank()) {
                    around.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                            .add("out " + p + " " + term(t.getObject(), names));
                }
                if (t.getObject().isBlank()) {
                    around.computeIfAbsent(t.getObject(), k -> new ArrayList<>())
                            .add("in " + p + " " + term(t.getSubject(), names));
                }
            }
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<String>> e : around.entrySet()) {
                List<String> sig = e.getValue();
                sig.sort(null);
                MessageDigest sha = sha256();
                sha.update(names.get(e.getKey()).getBytes(StandardCharsets.UTF_8));
                for (String s : sig) {
                    sha.update((byte) '\n');
                    sha.update(s.getBytes(StandardCharsets.UTF_8));
                }
                next.put(e.getKey(), java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16));
            }
            Set<String> distinct = new HashSet<>(next.values());
            names = next;
            if (distinct.size() == groups && round > 0) {
                break;
            }
            groups = distinct.size();
        }
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
