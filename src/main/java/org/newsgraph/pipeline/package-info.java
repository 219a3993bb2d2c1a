/**
 * The pipeline: an ordered list of {@link org.newsgraph.pipeline.Stage}s ({@link
 * org.newsgraph.pipeline.Stages}) over an immutable per-article {@link
 * org.newsgraph.pipeline.Annotation}, checked when built (every layer a stage requires comes from an
 * earlier stage), and the record it produces for the RDF emitters ({@link
 * org.newsgraph.model.AnnotatedArticle}). One adapter record per stage wraps the component doing
 * the work: normalise ({@code text}), split ({@code text}, each sentence tokenised once), recognise
 * ({@code recognize}), persons, byline and shapes ({@code extract}), resolve ({@code world}), facts
 * ({@code extract}). {@link org.newsgraph.pipeline.Pipeline} loads them from a data folder.
 */
package org.newsgraph.pipeline;
