/**
 * The embedded SPARQL server: Fuseki, read-only unless asked for updates, with a query timeout and
 * a cap on SELECT rows; its web UI only on loopback.
 */
package org.newsgraph.server;
