/**
 * Text stages of the pipeline: strict reading of text files (UTF-8, or the encoding a byte-order
 * mark names), rule-based normalisation that keeps offsets back to the original, and sentence
 * splitting, with over-long sentences cut at word boundaries.
 */
package org.newsgraph.text;
