/**
 * The rule word lists ({@code data/rules/*.csv}) shared by the person finder and the
 * extractors, and the phrase matcher that looks them up in token lists; the registry of every
 * rule id the pipeline records ({@link org.newsgraph.lexicon.RuleIds}, {@code rule-ids.csv}).
 */
package org.newsgraph.lexicon;
