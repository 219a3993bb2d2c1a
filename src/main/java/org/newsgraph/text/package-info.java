/**
 * Text stages of the pipeline: strict UTF-8 reading, rule-based normalisation that keeps
 * offsets back to the original, and sentence splitting.
 */
package org.newsgraph.text;
