/**
 * Fact extraction: what an article says about the entities in it, as rule families, each a small
 * class with its own test: the dateline ({@link org.newsgraph.facts.DatelineRules}), positions held
 * ({@link org.newsgraph.facts.PositionRules}), relations ({@link org.newsgraph.facts.RelationRules}),
 * claims and accusations ({@link org.newsgraph.facts.ClaimRules}), quotations
 * ({@link org.newsgraph.facts.QuotationRules}), events ({@link org.newsgraph.facts.EventRules}) and
 * casualties ({@link org.newsgraph.facts.CasualtyRules}). What they share about the article (its
 * agents, the last title and speaker, the dateline's date) is one {@link org.newsgraph.facts.Discourse};
 * {@link org.newsgraph.facts.FactExtractor} runs the families in order and assembles the
 * {@link org.newsgraph.model.ArticleFacts}. Their words are rule lists of {@code data/rules/} (stage
 * {@code extract} in its {@code index.csv}).
 *
 * <pre>{@code
 * ArticleFacts facts = new FactExtractor(lexicon).extract(input);
 * }</pre>
 */
package org.newsgraph.facts;
