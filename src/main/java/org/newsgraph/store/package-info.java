/**
 * The built dataset on disk: the build that fills a TDB2 database and writes the dumps and the
 * Fuseki configuration, the folder layout, opening the database for queries, and what to do when
 * another process holds it (go through the newsgraph server that does, wait for a build, or name
 * the holder); build folders are removed only once no process holds their database.
 */
package org.newsgraph.store;
