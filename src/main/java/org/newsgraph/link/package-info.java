/**
 * Linking entities to Wikidata: the entities of a built dataset that have no {@code owl:sameAs}
 * are looked up in a Wikidata-compatible SPARQL endpoint, their candidates are filtered by kind and
 * scored, every answer is cached on disk so that a rerun needs no network, and every candidate is
 * written to a CSV file that records which links were accepted and when the answer was fetched.
 */
package org.newsgraph.link;
