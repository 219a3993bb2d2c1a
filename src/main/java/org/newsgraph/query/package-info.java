/**
 * Running SPARQL queries against a built dataset, or through the {@code newsgraph serve} that holds
 * it, and printing their results as a table (IRIs shortened with prefixes, long values cut to a
 * width), CSV, TSV or JSON.
 */
package org.newsgraph.query;
