/**
 * The analyst's workbench: server-side rendered HTML pages over a served dataset (search, an
 * entity's page, an article's page, who says what, a timeline, a map and an entity's
 * neighbourhood), every value read with SPARQL and escaped on output, mounted by {@code server}
 * at {@code /workbench/} on the same port. Read-only; no script runs in its pages, and every
 * answer carries a Content-Security-Policy that forbids inline script and other origins.
 */
package org.newsgraph.workbench;
