/**
 * The embedded SPARQL server: Fuseki, read-only unless asked for updates, with a query timeout that
 * stops the work and a cap on SELECT rows; its web UI only on loopback, Fuseki's admin operations
 * only when asked for. It is safe against hostile clients and web pages: {@link
 * org.newsgraph.server.RequestGuard} refuses foreign {@code Host} and {@code Origin} headers and admin
 * writes, {@link org.newsgraph.server.EndpointContext} bounds what a query may do and reach
 * (timeouts, cancellable regular expressions, the {@code SERVICE} allow-list), {@link
 * org.newsgraph.server.UpdateService} refuses {@code LOAD}, {@link org.newsgraph.server.GraphStore}
 * refuses whole-dataset downloads. {@link org.newsgraph.server.BuildFollower} follows the dataset
 * folder's build in use, switching to a new build when one is put in use, and the server records
 * itself in the folder so that the reading commands can go through it.
 */
package org.newsgraph.server;
