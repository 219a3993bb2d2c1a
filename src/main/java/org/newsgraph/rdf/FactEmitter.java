package org.newsgraph.rdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.lexicon.Lexicon.EventKind;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Facts.Relation;
import org.newsgraph.model.Facts.RelationType;
import org.newsgraph.model.Facts.Structure;

/**
 * Writes an article's extracted statements into its graph. Every statement is a node with its
 * provenance (article, sentence, original offsets, rule); attribution uses
 * {@code prov:wasAttributedTo}; a relation the article states is also written as a plain triple
 * ({@code entity:armenia ng:memberOf entity:csto}) in the article's graph. Events told inside a
 * claim, or inside a speaker's quotation, point to it with {@code ng:claimedIn}: they are that claim's or
 * quotation's content, not facts.
 *
 * <pre>{@code
 * new FactEmitter(iris, article, offsets, emit).emit(annotated.facts());
 * }</pre>
 */
final class FactEmitter {
    private static final Node WAS_ATTRIBUTED_TO = NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo");

    private final Iris iris;
    private final String articleId;
    private final Node article;
    private final Offsets offsets;
    private final ArticleEmitter.Emit emit;
    private final Set<Node> used = new HashSet<>();
    /** The node of each claim and attributed quotation written, by its evidence span: what an event told in it points to. */
    private final java.util.Map<String, Node> claims = new java.util.HashMap<>();

    FactEmitter(Iris iris, String articleId, Offsets offsets, ArticleEmitter.Emit emit) {
        this.iris = iris;
        this.articleId = articleId;
        this.article = iris.article(articleId);
        this.offsets = offsets;
        this.emit = emit;
    }

    void emit(ArticleFacts facts) {
        structure(facts.structure());
        facts.positions().forEach(this::position);
        facts.relations().forEach(this::relation);
        facts.quotations().forEach(this::quotation);
        facts.claims().forEach(this::claim);
        facts.events().forEach(this::event);
        facts.casualties().forEach(this::casualties);
    }

    private void structure(Structure s) {
        s.authors().forEach(a -> emit.quad(article, SchemaDO.author.asNode(), iris.entity(a)));
        s.contributors().forEach(c -> emit.quad(article, SchemaDO.contributor.asNode(), iris.entity(c)));
        s.editors().forEach(e -> emit.quad(article, SchemaDO.editor.asNode(), iris.entity(e)));
        if (s.datelinePlace() != null) {
            emit.quad(article, SchemaDO.locationCreated.asNode(), iris.entity(s.datelinePlace()));
        }
        if (s.datelineDate() != null) {
            emit.quad(article, NG.datelineDate, date(s.datelineDate()));
        }
    }

    private Node statement(String kind, Evidence e, Node type) {
        int start = offsets.start(e.start());
        int end = offsets.end(e.end());
        Node node = iris.statement(articleId, kind, start, end);
        for (int n = 2; !used.add(node); n++) {
            node = iris.statement(articleId, kind + "-" + n, start, end);
        }
        emit.quad(node, RDF.type.asNode(), type);
        emit.quad(node, NG.inArticle, article);
        emit.quad(node, NG.inSentence, iris.sentence(articleId, e.sentence()));
        emit.quad(node, NG.start, ArticleEmitter.integer(start));
        emit.quad(node, NG.end, ArticleEmitter.integer(end));
        emit.quad(node, NG.rule, ArticleEmitter.string(e.rule()));
        return node;
    }

    private void position(Position p) {
        Node node = statement("position", p.evidence(), NG.PositionStatement);
        emit.quad(node, NG.holder, iris.entity(p.person()));
        emit.quad(node, NG.title, ArticleEmitter.string(p.title()));
        if (p.of() != null) {
            emit.quad(node, NG.positionOf, iris.entity(p.of()));
        }
    }

    private void relation(Relation r) {
        Node predicate = predicate(r.type());
        Node node = statement("relation", r.evidence(), NG.RelationStatement);
        emit.quad(node, RDF.subject.asNode(), iris.entity(r.subject()));
        emit.quad(node, RDF.predicate.asNode(), predicate);
        emit.quad(node, RDF.object.asNode(), iris.entity(r.object()));
        emit.quad(iris.entity(r.subject()), predicate, iris.entity(r.object()));
    }

    private static Node predicate(RelationType type) {
        return switch (type) {
            case MEMBER_OF -> NG.memberOf;
            case NOT_MEMBER_OF -> NG.notMemberOf;
            case ALLY_OF -> NG.allyOf;
            case SUPPORTS -> NG.supports;
            case LEADS -> NG.leads;
            case LOCATED_IN -> NG.locatedIn;
        };
    }

    private void quotation(Quotation q) {
        Node node = statement("quote", q.evidence(), NG.Quotation);
        if (q.speaker() != null) {
            // an attack told in a speaker's quotation is claimed in it
            claims.putIfAbsent(q.evidence().start() + "-" + q.evidence().end(), node);
        }
        emit.quad(node, SchemaDO.text.asNode(), ArticleEmitter.string(q.text()));
        if (q.speaker() != null) {
            emit.quad(node, WAS_ATTRIBUTED_TO, iris.entity(q.speaker()));
        }
    }

    private void claim(Claim c) {
        Node node = statement("claim", c.evidence(), NG.Claim);
        if (c.condemnation()) {
            emit.quad(node, RDF.type.asNode(), NG.Condemnation);
        } else if (c.call()) {
            emit.quad(node, RDF.type.asNode(), NG.Call);
        }
        claims.putIfAbsent(c.evidence().start() + "-" + c.evidence().end(), node);
        emit.quad(node, SchemaDO.text.asNode(), ArticleEmitter.string(c.content()));
        emit.quad(node, WAS_ATTRIBUTED_TO, iris.entity(c.claimant()));
        if (c.accused() != null) {
            emit.quad(node, NG.accused, iris.entity(c.accused()));
        }
        if (c.reportedBy() != null) {
            emit.quad(node, NG.reportedBy, iris.entity(c.reportedBy()));
        }
    }

    private void event(Event e) {
        Node claim = e.claim() == null ? null : claims.get(e.claim().evidence().start() + "-" + e.claim().evidence().end());
        if (e.claim() != null && claim == null) {
            // the content of a claim the graph does not hold (a headline's call is no claim): no fact either
            return;
        }
        Node node = statement("event/" + e.kind().label().toLowerCase(Locale.ROOT), e.evidence(), eventClass(e.kind()));
        e.participants().forEach(p -> emit.quad(node, NG.participant, iris.entity(p)));
        if (e.attacker() != null) {
            emit.quad(node, NG.attacker, iris.entity(e.attacker()));
        }
        e.targets().forEach(t -> emit.quad(node, NG.target, iris.entity(t)));
        if (e.place() != null) {
            emit.quad(node, NG.place, iris.entity(e.place()));
        }
        if (e.date() != null) {
            emit.quad(node, NG.date, date(e.date()));
        }
        if (claim != null) {
            emit.quad(node, NG.claimedIn, claim);
        }
    }

    private static Node eventClass(EventKind kind) {
        return switch (kind) {
            case ATTACK -> NG.Attack;
            case CLASH -> NG.Clash;
            case CEASEFIRE -> NG.Ceasefire;
            case MEETING -> NG.Meeting;
            case STATEMENT -> NG.PublicStatement;
        };
    }

    private void casualties(Casualties c) {
        Node node = statement("casualties", c.evidence(), NG.CasualtyReport);
        if (c.count() != null) {
            emit.quad(node, NG.deaths, ArticleEmitter.integer(c.count()));
        }
        emit.quad(node, NG.qualifier, ArticleEmitter.string(c.qualifier()));
        if (c.victims() != null) {
            emit.quad(node, NG.victims, iris.entity(c.victims()));
        }
        if (c.reportedBy() != null) {
            emit.quad(node, NG.reportedBy, iris.entity(c.reportedBy()));
        }
    }

    private static Node date(Temporal t) {
        if (t instanceof YearMonth ym) {
            return NodeFactory.createLiteralDT(ym.toString(), XSDDatatype.XSDgYearMonth);
        }
        return NodeFactory.createLiteralDT(((LocalDate) t).toString(), XSDDatatype.XSDdate);
    }
}
