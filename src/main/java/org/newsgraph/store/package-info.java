/**
 * The built dataset on disk: the build that fills a TDB2 database and writes the dumps and the
 * Fuseki configuration, the folder layout, and opening the database for queries.
 */
package org.newsgraph.store;
