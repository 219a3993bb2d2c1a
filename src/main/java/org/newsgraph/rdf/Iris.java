package org.newsgraph.rdf;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.ConfigurationException;

/**
 * Mints the IRIs of the data under one base IRI. IRIs are readable and stable: they are made
 * from article ids, entity ids, sentence numbers and character offsets, never from counters or
 * hashes of a run, so building twice gives the same IRIs. Characters outside the unreserved set
 * are percent-encoded, so any article id (spaces, accents, {@code /?#%}) gives a valid IRI of its
 * own; an id of dots only ({@code .}, {@code ..}) has its dots encoded too ({@code %2E%2E}), so
 * that no reader resolves it away as a dot segment.
 *
 * <pre>{@code
 * Iris iris = new Iris("https://w3id.org/newsgraph/id/");
 * iris.entity("armenia");            // <https://w3id.org/newsgraph/id/entity/armenia>
 * iris.articleGraph("003");          // <https://w3id.org/newsgraph/id/graph/article/003>
 * }</pre>
 */
public final class Iris {
    /** The base used when none is given. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    private final String base;

    /** @param base an absolute IRI ending in {@code /} or {@code #} */
    public Iris(String base) {
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) {
                throw new IRIException("not absolute or not ending in / or #");
            }
        } catch (IRIException e) {
            throw new ConfigurationException("base IRI \"" + base + "\" is not usable (" + reason(e)
                    + "); give --base an absolute IRI ending in / such as " + DEFAULT_BASE);
        }
        this.base = base;
    }

    /** Jena's complaint without the IRI it repeats, its violation code and its grammar lecture. */
    private static String reason(IRIException e) {
        String m = String.valueOf(e.getMessage()).replaceFirst("^<[^>]*> ", "").replaceFirst("^Code: \\d+/", "");
        int sentence = m.indexOf(". ");
        return (sentence < 0 ? m : m.substring(0, sentence)).strip();
    }

    public String base() {
        return base;
    }

    /** The shared graph of entity descriptions. */
    public Node entitiesGraph() {
        return uri("graph/entities");
    }

    /** The named graph holding what an article says. */
    public Node articleGraph(String articleId) {
        return uri("graph/article/" + segment(articleId));
    }

    public Node article(String articleId) {
        return uri("article/" + segment(articleId));
    }

    /** Sentence {@code index} (from 1) of an article. */
    public Node sentence(String articleId, int index) {
        return uri("article/" + segment(articleId) + "/sentence/" + index);
    }

    /** The mention at original code-point offsets {@code [start, end)} of an article. */
    public Node mention(String articleId, int start, int end) {
        return uri("article/" + segment(articleId) + "/mention/" + start + "-" + end);
    }

    /** A statement of kind {@code kind} ("claim", "event/attack") at original offsets {@code [start, end)}. */
    public Node statement(String articleId, String kind, int start, int end) {
        return uri("article/" + segment(articleId) + "/" + kind + "/" + start + "-" + end);
    }

    public Node entity(String entityId) {
        return uri("entity/" + segment(entityId));
    }

    /**
     * The id in an entity's IRI, as it stands there (ids of the gazetteer and of found entities
     * need no encoding); empty for any other node, an entity's geometry among them.
     */
    public Optional<String> entityId(Node node) {
        String prefix = base + "entity/";
        if (!node.isURI() || !node.getURI().startsWith(prefix)) {
            return Optional.empty();
        }
        String id = node.getURI().substring(prefix.length());
        return id.isEmpty() || id.indexOf('/') >= 0 ? Optional.empty() : Optional.of(id);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /**
     * A path segment for {@code s}: everything but RFC 3986 unreserved characters percent-encoded
     * as UTF-8, and the dots too when {@code s} is nothing but dots, so that {@code .} and
     * {@code ..} are no dot segments, which IRI resolution (and so every RDF reader) would remove.
     * Different strings give different segments: {@code %} itself is always encoded.
     *
     * @throws IllegalArgumentException when {@code s} is not valid Unicode (a lone surrogate)
     */
    static String segment(String s) {
        boolean dotsOnly = !s.isEmpty() && s.chars().allMatch(c -> c == '.');
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : utf8(s)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_~".indexOf(c) >= 0
                    || c == '.' && !dotsOnly) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The UTF-8 bytes of {@code s}; a lone surrogate, which would become "?", is an error. */
    private static byte[] utf8(String s) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid Unicode (it holds a lone surrogate)", e);
        }
    }
}
