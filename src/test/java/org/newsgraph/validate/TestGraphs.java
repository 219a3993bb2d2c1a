package org.newsgraph.validate;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A small dataset that conforms (one article graph with a sentence, a mention and a claim; an
 * entities graph with two countries), and broken variants made by replacing one piece of it.
 *
 * <pre>{@code
 * DatasetGraph twoLabels = TestGraphs.with("rdfs:label \"Armenia\"", "rdfs:label \"Armenia\", \"Armenien\"");
 * }</pre>
 */
final class TestGraphs {
    /** The article's mention, as the reports shorten it. */
    static final String MENTION = "article:t1/mention/10-17";
    /** The article's claim, as the reports shorten it. */
    static final String CLAIM = "article:t1/claim/10-23";

    static final String VALID = """
            PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX entity: <https://w3id.org/newsgraph/id/entity/>
            PREFIX article: <https://w3id.org/newsgraph/id/article/>

            <https://w3id.org/newsgraph/id/graph/entities> {
              entity:armenia a ng:Country ;
                  rdfs:label "Armenia" ;
                  owl:sameAs wd:Q399 ;
                  ng:wikidataSource "a test" .
              entity:azerbaijan a ng:Country ;
                  rdfs:label "Azerbaijan" .
            }
            <https://w3id.org/newsgraph/id/graph/article/t1> {
              article:t1 a schema:NewsArticle ;
                  schema:identifier "t1" ;
                  schema:text "Baku said Armenia fired first." ;
                  ng:sourceFile "t1.txt" ;
                  schema:datePublished "2022-09-13"^^xsd:date .
              <https://w3id.org/newsgraph/id/article/t1/sentence/1> a ng:Sentence ;
                  ng:index 1 ; ng:start 0 ; ng:end 30 ;
                  schema:text "Baku said Armenia fired first." ;
                  schema:isPartOf article:t1 .
              <https://w3id.org/newsgraph/id/article/t1/mention/10-17> a ng:Mention ;
                  ng:inArticle article:t1 ;
                  ng:inSentence <https://w3id.org/newsgraph/id/article/t1/sentence/1> ;
                  ng:refersTo entity:armenia ;
                  ng:surface "Armenia" ;
                  ng:matchType "label" ;
                  ng:start 10 ; ng:end 17 .
              <https://w3id.org/newsgraph/id/article/t1/claim/10-23> a ng:Claim ;
                  schema:text "Armenia fired first" ;
                  prov:wasAttributedTo entity:azerbaijan ;
                  ng:accused entity:armenia ;
                  ng:inArticle article:t1 ;
                  ng:inSentence <https://w3id.org/newsgraph/id/article/t1/sentence/1> ;
                  ng:start 10 ; ng:end 23 ;
                  ng:rule "claim-say" .
            }
            """;

    private TestGraphs() {
    }

    static DatasetGraph valid() {
        return parse(VALID);
    }

    /** The valid dataset with {@code piece} (which must occur in it) replaced. */
    static DatasetGraph with(String piece, String replacement) {
        return parse(replaced(piece, replacement));
    }

    static String replaced(String piece, String replacement) {
        if (!VALID.contains(piece)) {
            throw new IllegalArgumentException("not in the test dataset: " + piece);
        }
        return VALID.replace(piece, replacement);
    }

    static DatasetGraph parse(String trig) {
        return RDFParser.fromString(trig, Lang.TRIG).toDatasetGraph();
    }
}
