/**
 * Running SPARQL queries against a built dataset and printing their results as a table, CSV,
 * TSV or JSON.
 */
package org.newsgraph.query;
