/**
 * Review of the entities the gazetteer does not know: {@code newsgraph review} runs the real
 * pipeline over a corpus, collects every mention whose entity id is not a gazetteer id (today the
 * people {@link org.newsgraph.extract.PersonFinder} finds by the shape of the text, and the
 * authors named by article metadata), merges them across articles by id, and lists them as CSV
 * for a curator, who fixes the rows and adds them to {@code data/gazetteer/}.
 *
 * <p>The CSV starts with the gazetteer's columns
 * {@code id,kind,label,aliases,demonyms,metonyms,country,wikidata,source}, so edited rows can be
 * pasted into a gazetteer file, and goes on with review columns:
 * <ul>
 * <li>{@code count}: mentions across the corpus, plus one for each article whose metadata names
 *     the person as author without the text naming them;</li>
 * <li>{@code articles}: the number of articles it was seen in;</li>
 * <li>{@code confidence}: how sure the review is that the row is a real, new entity, 0 to 1
 *     (see below);</li>
 * <li>{@code surfaces}: every surface form seen, {@code " | "}-separated, most frequent first;</li>
 * <li>{@code examples}: up to {@code --examples} sentences that mention it, {@code " || "}-separated;</li>
 * <li>{@code rule}: how it was found, {@code " | "}-separated, most frequent first (see
 *     {@link org.newsgraph.review.FindingRule}).</li>
 * </ul>
 * {@code kind} is the kind the pipeline gave it: Person, as the pipeline treats every id the
 * gazetteer does not know as a person. {@code aliases} holds the other surface forms (such as
 * the surname alone), left out where the alias would break the gazetteer: a name the gazetteer
 * already gives to an entity, or a surface seen for two listed rows ("Smith" for Jane and John
 * Smith). A row whose label the gazetteer already knows as another entity's name is not listed
 * (it is reported as a note), nor a second row with the same label as an earlier one.
 * {@code country}, {@code wikidata} and {@code source} are left empty for the curator.
 * Rows are sorted by count (descending), then id; rows seen fewer than {@code --min-count} times
 * are left out.
 *
 * <p>The confidence is a sum of evidence, at most 1, rounded to two decimals:
 * <ul>
 * <li>0.2 for being found at all;</li>
 * <li>+0.2 for a full name: the label has at least two words ("Laurence Broers", not "Broers");</li>
 * <li>+0.2 for a role cue: at least one mention found after a title ("Defence Minister …"), with a
 *     title in apposition ("…, a research associate"), in a byline or credit line, or named as
 *     author in the article's metadata;</li>
 * <li>+0.1 for each further rule that found it beyond the first, at most +0.2 (the surname rule
 *     counts: a name repeated alone later in the article);</li>
 * <li>+0.1 for each further article it was seen in beyond the first, at most +0.2.</li>
 * </ul>
 * A one-word name found only before a speech verb in one article scores 0.2; a full name after a
 * title, repeated by surname, in three articles scores 1.0.
 *
 * <pre>{@code
 * Review review = ReviewRun.builder().data(Path.of("data")).build().run();
 * ReviewWriter.write(review, writer, false);
 * }</pre>
 */
package org.newsgraph.review;
