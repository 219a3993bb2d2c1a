package org.newsgraph.query;

/**
 * How {@code newsgraph query} prints results. For CONSTRUCT and DESCRIBE queries, {@code json}
 * gives JSON-LD and the others Turtle.
 */
public enum ResultFormat {
    /** An aligned text table, for reading. */
    TABLE,
    /** SPARQL 1.1 CSV results. */
    CSV,
    /** SPARQL 1.1 TSV results (keeps datatypes and languages). */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON
}
