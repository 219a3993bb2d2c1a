/**
 * Exporting a built dataset for use elsewhere: Turtle, TriG, N-Quads, JSON-LD compacted with
 * newsgraph's published {@code @context} ({@code ontology/context.jsonld}), and CSV tables of the
 * competency queries for spreadsheet users, with cells that a spreadsheet would run as formulas
 * written as text. {@link org.newsgraph.export.OutputFile} checks where an export goes and writes
 * it whole or not at all.
 */
package org.newsgraph.export;
