/**
 * The embedded SPARQL server: Fuseki with its web UI, read-only, on loopback.
 */
package org.newsgraph.server;
