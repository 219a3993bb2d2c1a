package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}), one constant per term,
 * plus the Wikidata namespaces that the data links to.
 *
 * <pre>{@code
 * stream.quad(Quad.create(graph, mention, NG.refersTo, entity));
 * }</pre>
 */
public final class NG {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Wikidata items ({@code wd:}). */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** Wikidata direct properties ({@code wdt:}). */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";

    // classes
    public static final Node Entity = term("Entity");
    public static final Node Country = term("Country");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Settlement = term("Settlement");
    public static final Node Region = term("Region");
    public static final Node Sentence = term("Sentence");
    public static final Node Mention = term("Mention");

    // properties of mentions and sentences
    public static final Node refersTo = term("refersTo");
    public static final Node inArticle = term("inArticle");
    public static final Node inSentence = term("inSentence");
    public static final Node surface = term("surface");
    public static final Node matchType = term("matchType");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node index = term("index");
    public static final Node sourceFile = term("sourceFile");

    // properties of entities
    public static final Node demonym = term("demonym");
    public static final Node metonym = term("metonym");
    public static final Node country = term("country");
    public static final Node citizenship = term("citizenship");
    public static final Node wikidataSource = term("wikidataSource");

    private NG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
