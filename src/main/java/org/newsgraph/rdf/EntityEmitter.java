package org.newsgraph.rdf;

import java.util.Collection;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.model.Found;
import org.newsgraph.world.Office;

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

    /**
     * Why an entity was linked to Wikidata, or why not: an {@code ng:LinkEvidence} node
     * ({@code <entity>/link}) with {@code ng:linked}, the rule, score, id quality, the candidates weighed and
     * the reason in words.
     */
    public void emitLink(String entityId, LinkEvidence link, boolean linked, StreamRDF out) {
        ArticleEmitter.Emit emit = new ArticleEmitter.Emit(out, iris.entitiesGraph());
        Node node = iris.entity(entityId);
        Node evidence = NodeFactory.createURI(node.getURI() + "/link");
        emit.quad(node, NG.linkEvidence, evidence);
        emit.quad(evidence, RDF.type.asNode(), NG.LinkEvidence);
        emit.quad(evidence, NG.linked, NodeFactory.createLiteralDT(Boolean.toString(linked), XSDDatatype.XSDboolean));
        emit.quad(evidence, NG.linkRule, ArticleEmitter.string(link.rule()));
        if (linked) {
            emit.quad(evidence, NG.linkScore, decimal(Math.round(link.score() * 100) / 100.0));
            emit.quad(evidence, NG.idQuality, ArticleEmitter.string(link.quality().label()));
        }
        for (String c : link.competitors()) {
            if (Entity.QID.matcher(c).matches()) {
                emit.quad(evidence, NG.candidate, NodeFactory.createURI(NG.WD + c));
            }
        }
        emit.quad(evidence, NG.reason, ArticleEmitter.string(link.reason()));
    }

    /**
     * The posts the open data says a person held ({@code ng:knownPosition}, {@code ng:DataPosition} nodes
     * {@code <entity>/office/N}): what the data knows, kept apart from the article's position statements.
     */
    public void emitOffices(String entityId, List<Office> offices, StreamRDF out) {
        ArticleEmitter.Emit emit = new ArticleEmitter.Emit(out, iris.entitiesGraph());
        Node node = iris.entity(entityId);
        int n = 0;
        for (Office o : offices) {
            Node office = NodeFactory.createURI(node.getURI() + "/office/" + (++n));
            emit.quad(node, NG.knownPosition, office);
            emit.quad(office, RDF.type.asNode(), NG.DataPosition);
            emit.quad(office, RDFS.label.asNode(), ArticleEmitter.string(o.position()));
            if (Entity.QID.matcher(o.positionWikidata()).matches()) {
                emit.quad(office, NG.positionItem, NodeFactory.createURI(NG.WD + o.positionWikidata()));
            }
            if (!o.country().isEmpty()) {
                emit.quad(office, NG.positionCountry, iris.entity(o.country()));
            }
            if (!o.start().isEmpty()) {
                emit.quad(office, NG.heldFrom, ArticleEmitter.string(o.start()));
            }
            if (!o.end().isEmpty()) {
                emit.quad(office, NG.heldUntil, ArticleEmitter.string(o.end()));
            }
            emit.quad(office, NG.dataSource, ArticleEmitter.string(o.source()));
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
