/**
 * The embedded SPARQL server: Fuseki, read-only unless asked for updates, with a query timeout and
 * a cap on SELECT rows; its web UI only on loopback. It follows the dataset folder's build in use,
 * switching to a new build when one is put in use, and records itself in the folder so that the
 * reading commands can go through it.
 */
package org.newsgraph.server;
