/**
 * The build on Apache Spark: a corpus on any Hadoop-compatible file system converted on a
 * cluster's executors with the product's own pipeline ({@link org.newsgraph.build.ArticleConverter}),
 * into gzipped N-Quads shards of whole articles, the entities graph merged by entity id
 * ({@code reduceByKey}) and the build state an incremental {@code newsgraph build} reads. A consumer
 * of the product, in a module of its own: the product never imports this package.
 * {@link org.newsgraph.spark.SparkBuild} is the {@code spark-submit} entry point.
 */
package org.newsgraph.spark;
