package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.NG;
import org.newsgraph.io.TextFiles;

/**
 * Runs the project's queries on a built dataset and turns their rows into predictions under the
 * gold predicates. A query file that does not exist gives no predictions and a note; a query
 * whose result lacks an expected variable is an error naming the file.
 *
 * <pre>{@code
 * try (Store store = Store.open(out)) {
 *     Predictions p = PredictionLoader.load(store.dataset(), Path.of("queries"));
 * }
 * }</pre>
 */
public final class PredictionLoader {
    private static final String NAMES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX ng:   <%s>
            SELECT ?e ?p ?name WHERE {
              GRAPH ?g { ?e ?p ?name }
              VALUES ?p { rdfs:label skos:altLabel ng:demonym ng:metonym }
              FILTER isLiteral(?name)
            }""".formatted(NG.NS);
    private static final String ARTICLES = """
            PREFIX schema: <https://schema.org/>
            SELECT ?id WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id } }""";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private final Dataset dataset;
    private final Path queries;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();
    private final Map<String, Set<String>> articleEntities = new HashMap<>();
    private final Set<String> articles = new HashSet<>();
    private final List<PredictedEntity> entities = new ArrayList<>();
    private final Set<PredictedRelation> relations = new LinkedHashSet<>();

    private PredictionLoader(Dataset dataset, Path queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    /** Every prediction the queries in {@code queries} make on {@code dataset}. */
    public static Predictions load(Dataset dataset, Path queries) {
        if (!Files.isDirectory(queries)) {
            throw new InputException(queries, "no such folder; pass the folder of .rq files with --queries");
        }
        PredictionLoader loader = new PredictionLoader(dataset, queries);
        Txn.executeRead(dataset, loader::loadAll);
        return new Predictions(loader.articles, loader.entities, new ArrayList<>(loader.relations), loader.notes);
    }

    private void loadAll() {
        select(Path.of("(article ids)"), ARTICLES, List.of("id"), s -> articles.add(string(s, "id")));
        select(Path.of("(entity names)"), NAMES, List.of("e", "p", "name"), s -> {
            String e = string(s, "e");
            String name = string(s, "name");
            names.computeIfAbsent(e, k -> new ArrayList<>()).add(name);
            if (LABEL.equals(string(s, "p"))) {
                labels.putIfAbsent(e, name);
            }
        });
        names.values().forEach(l -> l.sort(null));
        run("entities.rq", "entity predictions", List.of("article", "entity", "label", "kind", "wikidata"), s -> {
            String article = string(s, "article");
            String iri = string(s, "entity");
            if (articleEntities.computeIfAbsent(article, k -> new LinkedHashSet<>()).add(iri)) {
                String wd = string(s, "wikidata");
                String qid = wd == null ? "" : wd.substring(wd.lastIndexOf('/') + 1);
                entities.add(new PredictedEntity(article, value(iri, string(s, "label")), string(s, "kind"), qid));
            }
        });
        run("positions.rq", "holdsPosition", List.of("article", "person", "personLabel", "title", "of", "ofLabel"),
                s -> relations.add(new PredictedRelation(string(s, "article"), Predicate.HOLDS_POSITION,
                        value(s, "person", "personLabel"),
                        s.contains("of") ? value(s, "of", "ofLabel") : null, string(s, "title"), null, false)));
        run("memberships.rq", "memberOf",
                List.of("article", "member", "memberLabel", "organisation", "organisationLabel"),
                s -> relations.add(PredictedRelation.of(string(s, "article"), Predicate.MEMBER_OF,
                        value(s, "member", "memberLabel"), value(s, "organisation", "organisationLabel"))));
        run("relations.rq", "memberOf [negated], locatedIn and supports",
                List.of("article", "subject", "subjectLabel", "relation", "object", "objectLabel"), this::relation);
        run("quotes.rq", "quoted", List.of("article", "speaker", "speakerLabel", "quote"), s -> {
            if (s.contains("speaker")) {   // a quotation nobody is named for says nothing of who said it
                relations.add(PredictedRelation.of(string(s, "article"), Predicate.QUOTED,
                        value(s, "speaker", "speakerLabel"), PredictedValue.text(string(s, "quote"))));
            }
        });
        run("claims.rq", "statedThat", List.of("article", "claimant", "claimantLabel", "claim"),
                s -> relations.add(PredictedRelation.of(string(s, "article"), Predicate.STATED_THAT,
                        value(s, "claimant", "claimantLabel"), PredictedValue.text(string(s, "claim")))));
        run("accusations.rq", "accused",
                List.of("article", "accuser", "accuserLabel", "accused", "accusedLabel", "claim"),
                s -> relations.add(PredictedRelation.of(string(s, "article"), Predicate.ACCUSED,
                        value(s, "accuser", "accuserLabel"), value(s, "accused", "accusedLabel"))));
        run("attacks.rq", "attacked", List.of("article", "attacker", "attackerLabel", "target", "targetLabel",
                "claimant", "claimantLabel", "date"), s -> {
                    PredictedRelation attack = new PredictedRelation(string(s, "article"), Predicate.ATTACKED,
                            value(s, "attacker", "attackerLabel"), value(s, "target", "targetLabel"), "",
                            s.contains("claimant") ? value(s, "claimant", "claimantLabel") : null, false);
                    relations.add(attack);
                    if (s.contains("date")) {
                        relations.add(PredictedRelation.dated(attack, string(s, "date")));
                    }
                });
        run("casualties.rq", "killedCount", List.of("article", "count", "qualifier", "victims", "reportedBy"),
                this::casualty);
        Map<List<String>, Set<String>> meetings = new LinkedHashMap<>();
        Map<List<String>, String> dates = new LinkedHashMap<>();
        run("events.rq", "meetingBetween", List.of("article", "event", "kind", "date", "place", "participant"), s -> {
            if ("Meeting".equals(string(s, "kind")) && s.contains("participant")) {
                List<String> key = List.of(string(s, "article"), string(s, "event"));
                meetings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(string(s, "participant"));
                if (s.contains("date")) {
                    dates.put(key, string(s, "date"));
                }
            }
        });
        meetings.forEach((key, participants) -> {
            List<String> sorted = participants.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    PredictedRelation meeting = PredictedRelation.of(key.get(0), Predicate.MEETING_BETWEEN,
                            value(sorted.get(i), null), value(sorted.get(j), null));
                    relations.add(meeting);
                    if (dates.containsKey(key)) {
                        relations.add(PredictedRelation.dated(meeting, dates.get(key)));
                    }
                }
            }
        });
        run("located-in.rq", "locatedIn", List.of("place", "placeLabel", "container", "containerLabel"), s -> {
            String place = string(s, "place");
            String container = string(s, "container");
            articleEntities.forEach((article, mentioned) -> {
                if (mentioned.contains(place) && mentioned.contains(container)) {
                    relations.add(PredictedRelation.of(article, Predicate.LOCATED_IN,
                            value(place, string(s, "placeLabel")), value(container, string(s, "containerLabel"))));
                }
            });
        });
    }

    private void relation(QuerySolution s) {
        String article = string(s, "article");
        PredictedValue subject = value(s, "subject", "subjectLabel");
        PredictedValue object = value(s, "object", "objectLabel");
        switch (String.valueOf(string(s, "relation"))) {
            case "memberOf" -> relations.add(PredictedRelation.of(article, Predicate.MEMBER_OF, subject, object));
            case "notMemberOf" -> relations.add(new PredictedRelation(article, Predicate.MEMBER_OF, subject, object,
                    "", null, true));
            case "supports", "allyOf" -> relations.add(PredictedRelation.of(article, Predicate.SUPPORTS, subject,
                    object));
            case "locatedIn" -> relations.add(PredictedRelation.of(article, Predicate.LOCATED_IN, subject, object));
            default -> {
            }
        }
    }

    private void casualty(QuerySolution s) {
        String count = string(s, "count");
        String qualifier = string(s, "qualifier");
        String object = count == null ? "unknown" : ((qualifier == null ? "" : qualifier + " ") + count);
        PredictedValue victims = s.contains("victims") ? value(string(s, "victims"), null) : PredictedValue.text("?");
        PredictedValue reportedBy = s.contains("reportedBy") ? value(string(s, "reportedBy"), null) : null;
        relations.add(new PredictedRelation(string(s, "article"), Predicate.KILLED_COUNT, victims,
                PredictedValue.text(object), "", reportedBy, false));
    }

    /** Runs one query file of the queries folder, or notes that it is missing. */
    private void run(String fileName, String what, List<String> vars, Consumer<QuerySolution> row) {
        Path file = queries.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            notes.add(Locations.describe(file) + " does not exist: no predictions for " + what);
            return;
        }
        select(file, TextFiles.readUtf8(file), vars, row);
    }

    private void select(Path file, String sparql, List<String> vars, Consumer<QuerySolution> row) {
        Query query = QueryRunner.parse(file, sparql);
        if (!query.isSelectType()) {
            throw new InputException(file, "not a SELECT query; eval needs the variables ?" + String.join(" ?", vars));
        }
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet results = exec.execSelect();
            for (String v : vars) {
                if (!results.getResultVars().contains(v)) {
                    throw new InputException(file, "the query does not select ?" + v
                            + "; eval needs the variables ?" + String.join(" ?", vars));
                }
            }
            results.forEachRemaining(row);
        }
    }

    /** The entity in {@code var} with its names, labelled by {@code labelVar} when that is bound. */
    private PredictedValue value(QuerySolution s, String var, String labelVar) {
        String iri = string(s, var);
        return iri == null ? PredictedValue.text("?") : value(iri, string(s, labelVar));
    }

    private PredictedValue value(String iri, String label) {
        String l = label != null ? label : labels.getOrDefault(iri, iri.substring(Math.max(iri.lastIndexOf('/'),
                iri.lastIndexOf('#')) + 1));
        return PredictedValue.entity(iri, l, names.getOrDefault(iri, List.of()));
    }

    /** The lexical form of a literal, the IRI of a resource, or {@code null} when unbound. */
    private static String string(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return l.getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
