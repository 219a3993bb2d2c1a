package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * An endpoint's answer to one query: the SPARQL JSON results as the endpoint sent them, the
 * endpoint, and the day it was fetched. This is what the cache keeps, one file per query.
 *
 * <pre>{@code
 * Answer answer = source.answer(query);
 * for (Map<String, String> row : answer.rows()) {
 *     String item = row.get("item");
 * }
 * }</pre>
 *
 * @param query    the query text
 * @param endpoint the endpoint URL that answered
 * @param fetched  the day (UTC) the answer was fetched
 * @param results  the answer in the SPARQL 1.1 Query Results JSON Format
 */
public record Answer(String query, String endpoint, LocalDate fetched, JsonObject results) {
    public Answer {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(results, "results");
    }

    /**
     * The rows of the answer, each variable name to its value's lexical form (an IRI's text, a
     * literal's lexical form); unbound variables are left out.
     *
     * @throws IllegalArgumentException when {@code results} is not in the SPARQL JSON results format
     */
    public List<Map<String, String>> rows() {
        JsonValue inner = results.get("results");
        if (inner == null || !inner.isObject() || !inner.getAsObject().hasKey("bindings")
                || !inner.getAsObject().get("bindings").isArray()) {
            throw new IllegalArgumentException("not SPARQL JSON results: no results.bindings array");
        }
        JsonArray bindings = inner.getAsObject().get("bindings").getAsArray();
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue binding : bindings) {
            if (!binding.isObject()) {
                throw new IllegalArgumentException("not SPARQL JSON results: a binding is not an object");
            }
            Map<String, String> row = new LinkedHashMap<>();
            JsonObject object = binding.getAsObject();
            for (String var : object.keys()) {
                JsonValue term = object.get(var);
                if (!term.isObject() || !term.getAsObject().hasKey("value")
                        || !term.getAsObject().get("value").isString()) {
                    throw new IllegalArgumentException("not SPARQL JSON results: ?" + var + " has no string value");
                }
                row.put(var, term.getAsObject().get("value").getAsString().value());
            }
            rows.add(row);
        }
        return rows;
    }
}
