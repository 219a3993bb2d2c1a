package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;
import org.newsgraph.text.Names;

/**
 * A value in a prediction: an entity with its label and every other name the graph gives it
 * ({@code rdfs:label}, {@code skos:altLabel}, {@code ng:demonym}, {@code ng:metonym}), or a
 * plain text (a quote, a claim, a count) with no IRI and no other names.
 *
 * <pre>{@code
 * PredictedValue armenia = PredictedValue.entity(iri, "Armenia", List.of("Armenian", "Yerevan"));
 * armenia.matches("Yerevan");   // true
 * }</pre>
 *
 * @param iri   the entity's IRI, or {@code null} for a text
 * @param label the label (or the text)
 * @param names other names, possibly empty
 */
public record PredictedValue(String iri, String label, List<String> names) {
    public PredictedValue {
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
    }

    /** An entity value. */
    public static PredictedValue entity(String iri, String label, List<String> names) {
        return new PredictedValue(iri, label, names);
    }

    /** A value that is only a name or a text, as tests and literal results give it. */
    public static PredictedValue text(String text) {
        return new PredictedValue(null, text, List.of());
    }

    /**
     * This value with {@code name} among its other names: an entity the scorer aligned with a gold entity
     * answers to the gold's canonical name too ({@link Scorer}).
     */
    public PredictedValue alsoNamed(String name) {
        if (names.contains(name) || name.equals(label)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(names);
        more.add(name);
        return new PredictedValue(iri, label, more);
    }

    /** Whether {@code goldName} has the same {@link Names#key} as the label or one of the names. */
    public boolean matches(String goldName) {
        String key = Names.key(goldName);
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(Names.key(label)) || names.stream().anyMatch(n -> key.equals(Names.key(n)));
    }
}
