/**
 * The benchmark, beside the product rather than in it: its own source set ({@code src/bench/java})
 * and jar ({@code target/newsgraph-bench.jar}, run beside {@code newsgraph.jar}). A deterministic
 * corpus generator and a run that measures extraction, store load, the whole build, incremental
 * rebuilds and query latency, each against the floor of what Jena itself needs for the same work.
 * Product code never imports this package.
 */
package org.newsgraph.bench;
