/**
 * The built dataset on disk: the folder layout, the build's recorded settings and counts, the
 * Fuseki configuration, opening the database for queries, and what to do when another process
 * holds it (go through the newsgraph server that does, wait for a build, or name the holder);
 * build folders are removed only once no process holds their database. Building the dataset is
 * {@code org.newsgraph.build}.
 */
package org.newsgraph.store;
