package org.newsgraph.rdf;

import java.util.Collection;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Found;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;

/**
 * Writes entity descriptions into the shared entities graph: kind, label, other names,
 * country, coordinates (GeoSPARQL WKT and WGS84 lat/long), and {@code owl:sameAs} to Wikidata with
 * the source that confirms the link.
 *
 * <pre>{@code
 * new EntityEmitter(iris).emit(List.of(armenia, yerevan), stream);
 * }</pre>
 */
public final class EntityEmitter {
    static {
        // Jena must initialise before its vocabulary classes (RDF, OWL, SchemaDO) are first touched,
        // or their static fields can be read half-built when one of them is the first Jena class used.
        JenaSystem.init();
    }

    private final Iris iris;

    public EntityEmitter(Iris iris) {
        this.iris = iris;
    }

    /** Sends the descriptions of {@code entities} to {@code out}. */
    public void emit(Collection<Entity> entities, StreamRDF out) {
        ArticleEmitter.Emit emit = new ArticleEmitter.Emit(out, iris.entitiesGraph());
        for (Entity e : entities) {
            Node node = iris.entity(e.id());
            emit.quad(node, RDF.type.asNode(), kindClass(e.kind()));
            emit.quad(node, RDFS.label.asNode(), ArticleEmitter.string(e.label()));
            e.aliases().forEach(a -> emit.quad(node, SKOS.altLabel.asNode(), ArticleEmitter.string(a)));
            e.demonyms().forEach(d -> emit.quad(node, NG.demonym, ArticleEmitter.string(d)));
            e.metonyms().forEach(m -> emit.quad(node, NG.metonym, ArticleEmitter.string(m)));
            e.countryIfKnown().ifPresent(c -> emit.quad(node,
                    e.kind() == Kind.PERSON ? NG.citizenship : NG.country, iris.entity(c)));
            e.coordinatesIfKnown().ifPresent(c -> {
                Node geometry = NodeFactory.createURI(node.getURI() + "/geometry");
                emit.quad(node, NG.GEO_HAS_GEOMETRY, geometry);
                emit.quad(geometry, RDF.type.asNode(), NG.GEO_GEOMETRY);
                emit.quad(geometry, NG.GEO_AS_WKT, NodeFactory.createLiteralDT(c.wkt(), NG.WKT_LITERAL));
                emit.quad(node, NG.WGS84_LAT, decimal(c.lat()));
                emit.quad(node, NG.WGS84_LONG, decimal(c.lon()));
            });
            e.wikidataIfKnown().ifPresent(q -> {
                emit.quad(node, OWL.sameAs.asNode(), NodeFactory.createURI(NG.WD + q));
                emit.quad(node, NG.wikidataSource, ArticleEmitter.string(e.source()));
            });
        }
    }

    /** How each entity outside the gazetteer was found: {@code ng:foundBy} rule and {@code ng:confidence}. */
    public void emitFound(Collection<Found> found, StreamRDF out) {
        ArticleEmitter.Emit emit = new ArticleEmitter.Emit(out, iris.entitiesGraph());
        for (Found f : found) {
            Node node = iris.entity(f.entity().id());
            emit.quad(node, NG.foundBy, ArticleEmitter.string(f.rule()));
            emit.quad(node, NG.confidence, decimal(f.confidence()));
        }
    }

    /** An xsd:decimal in canonical form (always with a fractional digit, as Turtle writes it back). */
    private static Node decimal(double d) {
        String plain = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    /** The ontology class of a kind. */
    public static Node kindClass(Kind kind) {
        return switch (kind) {
            case COUNTRY -> NG.Country;
            case PERSON -> NG.Person;
            case ORGANIZATION -> NG.Organization;
            case SETTLEMENT -> NG.Settlement;
            case REGION -> NG.Region;
            case NAMED_EVENT -> NG.NamedEvent;
        };
    }
}
