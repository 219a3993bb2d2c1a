/**
 * The pipeline that runs the stages over an article ({@code text} → {@code recognize}) and the
 * record it produces for the RDF emitters.
 */
package org.newsgraph.pipeline;
