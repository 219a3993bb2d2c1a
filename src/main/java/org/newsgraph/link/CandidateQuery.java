package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.rdf.NG;

/**
 * The SPARQL query that asks a Wikidata-compatible endpoint for the items whose English
 * {@code rdfs:label} or {@code skos:altLabel} equals a name, with their {@code wdt:P31} (instance
 * of) and {@code wdt:P17}/{@code wdt:P27} (country, citizenship) values, one row per item. For a
 * settlement it also asks whether the item is an instance of a city ({@code Q515}), town
 * ({@code Q3957}) or human settlement ({@code Q486972}) or of a subclass of one. The text depends
 * only on the kind and the name, so equal lookups give equal text and share one cached answer.
 *
 * <pre>{@code
 * CandidateQuery query = new CandidateQuery(Kind.PERSON, "Nikol Pashinyan");
 * List<Candidate> candidates = query.candidates(source.answer(query));
 * }</pre>
 *
 * @param kind  the kind of the entity looked up
 * @param label the name, compared exactly with English labels and aliases
 */
public record CandidateQuery(Kind kind, String label) {
    /** The classes a settlement's item is an instance of, directly or through subclasses. */
    public static final List<String> SETTLEMENT_CLASSES = List.of("Q515", "Q3957", "Q486972");

    public CandidateQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    /** The query text sent to the endpoint. */
    public String text() {
        String name = FmtUtils.stringForNode(NodeFactory.createLiteralLang(label, "en"));
        StringBuilder q = new StringBuilder();
        q.append("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
                .append("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")
                .append("PREFIX wd: <").append(NG.WD).append(">\n")
                .append("PREFIX wdt: <").append(NG.WDT).append(">\n")
                .append("SELECT ?item (SAMPLE(?name) AS ?itemLabel) (MAX(?exact) AS ?byLabel)\n")
                .append("       (GROUP_CONCAT(DISTINCT STR(?class); separator=\" \") AS ?classes)\n")
                .append("       (GROUP_CONCAT(DISTINCT STR(?place); separator=\" \") AS ?countries)\n");
        if (kind == Kind.SETTLEMENT) {
            q.append("       (GROUP_CONCAT(DISTINCT STR(?settlement); separator=\" \") AS ?settlementClasses)\n");
        }
        q.append("WHERE {\n")
                .append("  { ?item rdfs:label ").append(name).append(" . BIND(1 AS ?exact) }\n")
                .append("  UNION\n")
                .append("  { ?item skos:altLabel ").append(name).append(" . BIND(0 AS ?exact) }\n")
                .append("  OPTIONAL { ?item rdfs:label ?name . FILTER(LANG(?name) = \"en\") }\n")
                .append("  OPTIONAL { ?item wdt:P31 ?class }\n")
                .append("  OPTIONAL { ?item wdt:P17|wdt:P27 ?place }\n");
        if (kind == Kind.SETTLEMENT) {
            q.append("  OPTIONAL { ?item wdt:P31/wdt:P279* ?settlement . FILTER(?settlement IN (")
                    .append(String.join(", ", SETTLEMENT_CLASSES.stream().map(c -> "wd:" + c).toList()))
                    .append(")) }\n");
        }
        q.append("}\nGROUP BY ?item\n");
        return q.toString();
    }

    /** What the lookup is about, for messages. */
    public String describe() {
        return "the candidates of \"" + label + "\" (" + kind.label() + ")";
    }

    /** The candidates in an answer to this query, in Wikidata id order; items that are not {@code Q…} are left out. */
    public List<Candidate> candidates(Answer answer) {
        List<Candidate> candidates = new ArrayList<>();
        for (Map<String, String> row : answer.rows()) {
            String qid = qid(row.getOrDefault("item", ""));
            if (qid == null) {
                continue;
            }
            Set<String> classes = qids(row.get("classes"));
            Set<String> countries = qids(row.get("countries"));
            boolean settlement = !qids(row.get("settlementClasses")).isEmpty();
            candidates.add(new Candidate(qid, row.getOrDefault("itemLabel", ""),
                    "1".equals(row.get("byLabel")), classes, countries, settlement));
        }
        candidates.sort(Comparator.comparingLong(Candidate::number));
        return candidates;
    }

    private static Set<String> qids(String iris) {
        Set<String> qids = new LinkedHashSet<>();
        if (iris != null && !iris.isBlank()) {
            Arrays.stream(iris.strip().split("\\s+")).map(CandidateQuery::qid).filter(Objects::nonNull)
                    .forEach(qids::add);
        }
        return qids;
    }

    /** The Wikidata id of an item IRI, or null when it is not one. */
    private static String qid(String iri) {
        if (!iri.startsWith(NG.WD)) {
            return null;
        }
        String id = iri.substring(NG.WD.length());
        return Entity.QID.matcher(id).matches() ? id : null;
    }
}
