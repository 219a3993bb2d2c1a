package org.newsgraph.model;

/**
 * Which of an entity's names a mention matched; it tells how the text refers to the entity.
 * The order is the order of preference when one span could be several.
 */
public enum MatchType {
    /** The entity's label. */
    LABEL,
    /** Another of its names. */
    ALIAS,
    /** An adjective or noun for its people ("Armenian"). */
    DEMONYM,
    /** A name standing for its government ("the Kremlin", "Baku said"). */
    METONYM;

    /** The lower-case name used in RDF and queries. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
