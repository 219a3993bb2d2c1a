package org.newsgraph.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * The entity types of the gold files, and which predicted kind (the {@code ?kind} of
 * {@code entities.rq}) each one is compared with. Gold {@code City} is the pipeline's
 * {@code Settlement}, gold {@code Event} its {@code NamedEvent}.
 *
 * <pre>{@code
 * EntityType.parse("City");          // Optional[CITY]
 * EntityType.ofKind("Settlement");   // Optional[CITY]
 * }</pre>
 */
public enum EntityType {
    COUNTRY("Country", "Country"),
    PERSON("Person", "Person"),
    ORGANIZATION("Organization", "Organization"),
    CITY("City", "Settlement"),
    REGION("Region", "Region"),
    EVENT("Event", "NamedEvent");

    private final String label;
    private final String kind;

    EntityType(String label, String kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The name in the gold files' {@code type} column. */
    public String label() {
        return label;
    }

    /** The type with this exact gold label. */
    public static Optional<EntityType> parse(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** The type that a predicted kind is scored under, if any. */
    public static Optional<EntityType> ofKind(String kind) {
        return Arrays.stream(values()).filter(t -> t.kind != null && t.kind.equals(kind)).findFirst();
    }

    /** The gold labels, for error messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(EntityType::label).toList());
    }
}
