package org.newsgraph.text;

/**
 * Pipeline stage 1: repairs the raw text of an article (scraped residue, broken quotes, spaced
 * abbreviations) while keeping the offsets back to the original.
 *
 * <p>Needs: the article text as read. Adds: the normalised text and its offset map.
 *
 * <pre>{@code
 * NormalizedText n = RuleNormalizer.load(Path.of("data/rules/normalization.csv")).normalize(text);
 * }</pre>
 */
@FunctionalInterface
public interface Normalizer {
    /** Normalises {@code original}. */
    NormalizedText normalize(String original);
}
