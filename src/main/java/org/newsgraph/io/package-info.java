/**
 * Foundations for reading files, which every other package may use and which uses none of them:
 * {@link org.newsgraph.io.TextFiles} reads a text file as UTF-8 (a byte-order mark dropped, a malformed
 * byte named with its offset); {@link org.newsgraph.io.CsvTable} reads newsgraph's CSV files strictly
 * (manifest, gazetteer, rules, open data), so that every later check can name the file and line of a bad
 * row ({@link org.newsgraph.io.CsvRow#error}); {@link org.newsgraph.io.SpreadsheetCells} writes cells a
 * spreadsheet would run as formulas as text.
 */
package org.newsgraph.io;
