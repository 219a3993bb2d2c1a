/**
 * Strict reading of newsgraph's CSV data files (manifest, gazetteer, rules), so that every
 * later check can name the file and line of a bad row.
 */
package org.newsgraph.csv;
