/**
 * The rules as data: {@link org.newsgraph.lexicon.RuleFiles} reads a rules folder ({@code data/rules/})
 * through its index ({@code index.csv}: every file, the stage that reads it, its format, what it holds)
 * and refuses a folder that disagrees with its index; {@link org.newsgraph.lexicon.Lexicon} holds the
 * word lists and tables the stages read (typed tables, and any plain list by its file name through
 * {@link org.newsgraph.lexicon.Lexicon#words}); {@link org.newsgraph.lexicon.Phrases} looks phrases up
 * in token lists; {@link org.newsgraph.lexicon.RuleIds} is the registry of every rule id the pipeline
 * records ({@code rule-ids.csv}); {@link org.newsgraph.lexicon.NameParticles} the one list of name
 * particles.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(RuleFiles.open(Path.of("data/rules")));
 * lexicon.words("clause-breaks.csv").contains("because");   // true
 * }</pre>
 */
package org.newsgraph.lexicon;
