package org.newsgraph.rdf;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Mention;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.text.Sentence;

/**
 * Writes what one article says into its own named graph: the article's metadata (its authors as
 * the entities the pipeline resolved them to, see {@link org.newsgraph.discover.Bylines}), its
 * sentences and every mention (none in the {@link GraphProfile#LEAN lean profile}), each traced to
 * its sentence and to character offsets in the original text.
 * Offsets count Unicode code points from 0, end exclusive, as SPARQL's {@code SUBSTR} does
 * (which starts at 1: {@code SUBSTR(?text, ?start + 1, ?end - ?start)}).
 *
 * <pre>{@code
 * new ArticleEmitter(iris).emit(pipeline.annotate(article), stream);
 * }</pre>
 */
public final class ArticleEmitter {
    static {
        // Jena must initialise before its vocabulary classes (RDF, OWL, SchemaDO) are first touched,
        // or their static fields can be read half-built when one of them is the first Jena class used.
        JenaSystem.init();
    }

    private final Iris iris;
    private final GraphProfile profile;

    /** The emitter of the full profile. */
    public ArticleEmitter(Iris iris) {
        this(iris, GraphProfile.FULL);
    }

    /** The emitter of {@code profile}: the lean profile writes no mention nodes. */
    public ArticleEmitter(Iris iris, GraphProfile profile) {
        this.iris = iris;
        this.profile = profile;
    }

    /** Sends the article's quads to {@code out}. */
    public void emit(AnnotatedArticle annotated, StreamRDF out) {
        Article article = annotated.article();
        Node graph = iris.articleGraph(article.id());
        Node node = iris.article(article.id());
        Offsets offsets = new Offsets(annotated.normalized());
        Emit emit = new Emit(out, graph);

        emit.quad(node, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        emit.quad(node, SchemaDO.identifier.asNode(), string(article.id()));
        emit.quad(node, NG.sourceFile, string(article.fileName()));
        emit.quad(node, SchemaDO.text.asNode(), string(article.text()));
        ArticleMetadata meta = article.metadata();
        meta.titleIfKnown().or(() -> Optional.ofNullable(annotated.facts().structure().headline()))
                .ifPresent(t -> emit.quad(node, SchemaDO.headline.asNode(), string(t)));
        meta.publisherIfKnown().ifPresent(p -> emit.quad(node, SchemaDO.publisher.asNode(), string(p)));
        meta.urlIfKnown().ifPresent(u -> emit.quad(node, SchemaDO.url.asNode(), NodeFactory.createURI(u)));
        meta.publishedIfKnown().ifPresent(d -> emit.quad(node, SchemaDO.datePublished.asNode(),
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        // the authors as the pipeline resolved them: gazetteer people and organisations, or entities of their own
        annotated.byline().authors().forEach(a -> emit.quad(node, SchemaDO.author.asNode(), iris.entity(a)));

        for (Sentence s : annotated.sentences()) {
            Node sentence = iris.sentence(article.id(), s.index());
            emit.quad(sentence, RDF.type.asNode(), NG.Sentence);
            emit.quad(sentence, SchemaDO.isPartOf.asNode(), node);
            emit.quad(sentence, NG.index, integer(s.index()));
            emit.quad(sentence, NG.start, integer(offsets.start(s.start())));
            emit.quad(sentence, NG.end, integer(offsets.end(s.end())));
            emit.quad(sentence, SchemaDO.text.asNode(), string(s.text()));
            SentenceRole role = annotated.facts().structure().roles().get(s.index());
            if (role != null) {
                emit.quad(sentence, NG.role, string(role.label()));
            }
        }

        for (Mention m : profile.mentions() ? annotated.mentions() : List.<Mention>of()) {
            int start = offsets.start(m.start());
            int end = offsets.end(m.end());
            Node mention = iris.mention(article.id(), start, end);
            emit.quad(mention, RDF.type.asNode(), NG.Mention);
            emit.quad(mention, NG.inArticle, node);
            emit.quad(mention, NG.inSentence, iris.sentence(article.id(), m.sentence()));
            emit.quad(mention, NG.refersTo, iris.entity(m.entityId()));
            emit.quad(mention, NG.surface, string(offsets.originalText(m.start(), m.end())));
            emit.quad(mention, NG.matchType, string(m.matchType().label()));
            emit.quad(mention, NG.start, integer(start));
            emit.quad(mention, NG.end, integer(end));
        }
        new FactEmitter(iris, article.id(), offsets, emit).emit(annotated.facts());
    }

    /**
     * A string literal. Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last two
     * code points of every plane) are not for interchange, and Jena warns about each one it reads
     * back; article text rarely holds them but garbled text can, so each is written as U+FFFD, one
     * UTF-16 unit for one, which keeps every offset into the text true.
     */
    static Node string(String s) {
        return NodeFactory.createLiteralString(withoutNoncharacters(s));
    }

    static String withoutNoncharacters(String s) {
        int i = 0;
        while (i < s.length() && !isNonCharacter(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int units = Character.charCount(cp);
            if (isNonCharacter(cp)) {
                out.append("\uFFFD".repeat(units));
            } else {
                out.appendCodePoint(cp);
            }
            i += units;
        }
        return out.toString();
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Quads into one graph. */
    record Emit(StreamRDF out, Node graph) {
        void quad(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }
}
