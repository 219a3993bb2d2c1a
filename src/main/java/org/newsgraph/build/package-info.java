/**
 * Building the dataset, in four steps behind the {@link org.newsgraph.build.DatasetBuild} facade:
 * plan (what changed since the last build: {@code BuildState}, {@code BuildPlan}), convert (the
 * articles through the pipeline, then the emitter, on every core: {@code ArticleConverter},
 * {@code Conversion}), load (TDB2: {@code DatabaseLoad}) and publish (validation, a new build
 * folder, the switch of the build in use, the previous dataset kept intact on failure:
 * {@code DatasetCheck}, {@code Publication}). Full builds ({@code FullBuild}) and incremental ones
 * ({@code IncrementalBuild}) share them. What reading a built dataset needs is in
 * {@code org.newsgraph.store}.
 */
package org.newsgraph.build;
