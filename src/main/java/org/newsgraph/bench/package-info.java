/**
 * The benchmark newsgraph ships ({@code newsgraph bench}): a deterministic corpus generator and a
 * run that measures extraction, store load, the whole build, incremental rebuilds and query
 * latency, each against the floor of what Jena itself needs for the same work.
 */
package org.newsgraph.bench;
