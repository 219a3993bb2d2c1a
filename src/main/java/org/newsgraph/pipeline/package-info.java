/**
 * The pipeline: an ordered list of {@link org.newsgraph.pipeline.Stage}s ({@link
 * org.newsgraph.pipeline.Stages}) over an immutable per-article {@link
 * org.newsgraph.pipeline.Annotation}, checked when built (every layer a stage requires comes from an
 * earlier stage), and the record it produces for the RDF emitters ({@link
 * org.newsgraph.model.AnnotatedArticle}). One adapter record per stage wraps the component doing
 * the work: normalise ({@code text}), split ({@code text}, each sentence tokenised once), layout
 * ({@code layout}: the roles of headline, bullet and section lines), recognise ({@code recognize}),
 * persons (which adds the byline and credit lines to the roles), byline and shapes ({@code discover}),
 * resolve ({@code world}), facts ({@code facts}). {@link org.newsgraph.pipeline.Pipeline} loads them from a data folder.
 */
package org.newsgraph.pipeline;
