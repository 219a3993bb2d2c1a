package org.newsgraph.gazetteer;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of thing an entity is. A named event is an event known by its name ("the Korean War",
 * "the Jeddah Declaration"), not one an article reports (those are {@code ng:Event} statements). The names are the values of the gazetteer's {@code kind}
 * column and of {@code ?kind} in the queries.
 *
 * <pre>{@code
 * Kind.parse("Settlement");   // Optional[SETTLEMENT]
 * Kind.PERSON.label();        // "Person"
 * }</pre>
 */
public enum Kind {
    COUNTRY("Country"),
    PERSON("Person"),
    ORGANIZATION("Organization"),
    SETTLEMENT("Settlement"),
    REGION("Region"),
    NAMED_EVENT("NamedEvent");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The name used in data files, queries and the ontology's class names. */
    public String label() {
        return label;
    }

    /** The kind with this exact label. */
    public static Optional<Kind> parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** The labels, for error messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Kind::label).toList());
    }
}
