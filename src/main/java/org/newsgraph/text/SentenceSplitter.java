package org.newsgraph.text;

import java.util.List;

/**
 * Pipeline stage 2: cuts a normalised text into sentences.
 *
 * <p>Needs: the normalised text. Adds: sentences with their spans in that text, each tokenised once
 * ({@link Sentence#tokens}).
 *
 * <pre>{@code
 * List<Sentence> sentences = RuleSentenceSplitter.load(Path.of("data/rules/abbreviations.csv")).split(text);
 * }</pre>
 */
@FunctionalInterface
public interface SentenceSplitter {
    /** The sentences of {@code text}, in order, numbered from 1. */
    List<Sentence> split(String text);
}
