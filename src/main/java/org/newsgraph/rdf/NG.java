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
    public static final Node NamedEvent = term("NamedEvent");
    public static final Node Sentence = term("Sentence");
    public static final Node Mention = term("Mention");
    public static final Node Statement = term("Statement");
    public static final Node PositionStatement = term("PositionStatement");
    public static final Node RelationStatement = term("RelationStatement");
    public static final Node Quotation = term("Quotation");
    public static final Node Claim = term("Claim");
    public static final Node Condemnation = term("Condemnation");
    public static final Node Call = term("Call");
    public static final Node Event = term("Event");
    public static final Node Attack = term("Attack");
    public static final Node Clash = term("Clash");
    public static final Node Ceasefire = term("Ceasefire");
    public static final Node Meeting = term("Meeting");
    public static final Node PublicStatement = term("PublicStatement");
    public static final Node CasualtyReport = term("CasualtyReport");

    // properties of mentions and sentences
    public static final Node refersTo = term("refersTo");
    public static final Node inArticle = term("inArticle");
    public static final Node inSentence = term("inSentence");
    public static final Node surface = term("surface");
    public static final Node matchType = term("matchType");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node index = term("index");
    public static final Node role = term("role");
    public static final Node sourceFile = term("sourceFile");

    // properties of statements
    public static final Node rule = term("rule");
    public static final Node holder = term("holder");
    public static final Node title = term("title");
    public static final Node positionOf = term("positionOf");
    public static final Node memberOf = term("memberOf");
    public static final Node notMemberOf = term("notMemberOf");
    public static final Node allyOf = term("allyOf");
    public static final Node supports = term("supports");
    public static final Node leads = term("leads");
    public static final Node locatedIn = term("locatedIn");
    public static final Node accused = term("accused");
    public static final Node reportedBy = term("reportedBy");
    public static final Node participant = term("participant");
    public static final Node attacker = term("attacker");
    public static final Node target = term("target");
    public static final Node place = term("place");
    public static final Node date = term("date");
    public static final Node claimedIn = term("claimedIn");
    public static final Node deaths = term("deaths");
    public static final Node qualifier = term("qualifier");
    public static final Node victims = term("victims");
    public static final Node datelineDate = term("datelineDate");

    // properties of entities
    public static final Node demonym = term("demonym");
    public static final Node metonym = term("metonym");
    public static final Node country = term("country");
    public static final Node citizenship = term("citizenship");
    public static final Node wikidataSource = term("wikidataSource");
    public static final Node foundBy = term("foundBy");
    public static final Node confidence = term("confidence");
    public static final Node LinkEvidence = term("LinkEvidence");
    public static final Node linkEvidence = term("linkEvidence");
    public static final Node linked = term("linked");
    public static final Node linkRule = term("linkRule");
    public static final Node linkScore = term("linkScore");
    public static final Node idQuality = term("idQuality");
    public static final Node candidate = term("candidate");
    public static final Node reason = term("reason");
    public static final Node DataPosition = term("DataPosition");
    public static final Node knownPosition = term("knownPosition");
    public static final Node positionItem = term("positionItem");
    public static final Node positionCountry = term("positionCountry");
    public static final Node heldFrom = term("heldFrom");
    public static final Node heldUntil = term("heldUntil");
    public static final Node dataSource = term("dataSource");

    // GeoSPARQL and W3C WGS84 terms used for coordinates
    /** GeoSPARQL namespace. */
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    /** W3C WGS84 namespace. */
    public static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final Node GEO_HAS_GEOMETRY = NodeFactory.createURI(GEO + "hasGeometry");
    public static final Node GEO_GEOMETRY = NodeFactory.createURI(GEO + "Geometry");
    public static final Node GEO_AS_WKT = NodeFactory.createURI(GEO + "asWKT");
    public static final org.apache.jena.datatypes.RDFDatatype WKT_LITERAL =
            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(GEO + "wktLiteral");
    public static final Node WGS84_LAT = NodeFactory.createURI(WGS84 + "lat");
    public static final Node WGS84_LONG = NodeFactory.createURI(WGS84 + "long");

    private NG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
