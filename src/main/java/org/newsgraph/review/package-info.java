/**
 * Review of the entities the gazetteer does not know: {@code newsgraph review} runs the real
 * pipeline over a corpus, collects every mention whose entity id is not a gazetteer id (the people
 * {@link org.newsgraph.discover.PersonFinder} and the organisations and places
 * {@link org.newsgraph.discover.ShapeFinder} find by the shape of the text), and every entity the
 * pipeline reports as found (an author named only by the article's metadata has no mention),
 * merges them across articles by id, and lists them as CSV
 * for a curator, who fixes the rows and adds them to {@code data/gazetteer/}.
 *
 * <p>The CSV starts with the gazetteer's columns
 * {@code id,kind,label,aliases,demonyms,metonyms,country,wikidata,source}, so edited rows can be
 * pasted into a gazetteer file, and goes on with review columns:
 * <ul>
 * <li>{@code count}: mentions across the corpus, plus one for each article that found the entity
 *     without a mention (an author named only by the metadata);</li>
 * <li>{@code articles}: the number of articles it was seen in;</li>
 * <li>{@code confidence}: how sure the review is that the row is a real, new entity, 0 to 1
 *     (see below);</li>
 * <li>{@code surfaces}: every surface form seen, {@code " | "}-separated, most frequent first;</li>
 * <li>{@code examples}: up to {@code --examples} sentences that mention it, {@code " || "}-separated;</li>
 * <li>{@code rule}: how it was found, {@code " | "}-separated, most frequent first: the rule the
 *     pipeline recorded, an id of {@code data/rules/rule-ids.csv} ({@link org.newsgraph.lexicon.RuleIds}).
 *     A mention counts for the rule that found its entity in that article ({@code person-title},
 *     {@code person-apposition}, {@code person-credit}, {@code person-speaker}, {@code body-defence-ministry},
 *     {@code place-village}, …), a later mention of a person's surname alone for {@code person-surname},
 *     and a finding without a mention (an author named only by the metadata) for its own rule
 *     ({@code person-manifest}).</li>
 * </ul>
 * {@code kind}, {@code label} and {@code country} are what the pipeline found (for an id it
 * reports no entity for, Person and the first surface, as the pipeline treats such ids as
 * people). {@code aliases} holds the other surface forms (such as
 * the surname alone), left out where the alias would break the gazetteer: a name the gazetteer
 * already gives to an entity, or a surface seen for two listed rows ("Smith" for Jane and John
 * Smith). A row whose label the gazetteer already knows as another entity's name is not listed
 * (it is reported as a note), nor a second row with the same label as an earlier one.
 * A label or alias that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab
 * or a carriage return: text from an article's metadata, say) is left out the same way, so the
 * gazetteer columns load back as written; in the review columns, such a cell (an example sentence
 * that starts with {@code -}) gets a leading {@code '}, as
 * {@link org.newsgraph.io.SpreadsheetCells} explains.
 * {@code wikidata} and {@code source} are left empty for the curator.
 * Rows are sorted by count (descending), then id; rows seen fewer than {@code --min-count} times
 * are left out.
 *
 * <p>The confidence is a sum of evidence, at most 1, rounded to two decimals:
 * <ul>
 * <li>0.2 for being found at all;</li>
 * <li>+0.2 for a full name: the label has at least two words ("Laurence Broers", not "Broers");</li>
 * <li>+0.2 for a role cue: at least one mention found by a rule that {@code rule-ids.csv} marks as a role
 *     cue (after a title: "Defence Minister …", with a title in apposition: "…, a research associate", in a
 *     byline or credit line, in the article's metadata), or a finding
 *     the pipeline rates 0.85 or more (an author in the article's metadata, a country's body such
 *     as "the Azerbaijani Defence Ministry");</li>
 * <li>+0.1 for each further rule that found it beyond the first, at most +0.2 (the surname rule
 *     counts: a name repeated alone later in the article);</li>
 * <li>+0.1 for each further article it was seen in beyond the first, at most +0.2.</li>
 * </ul>
 * A one-word name found only before a speech verb in one article scores 0.2; a full name after a
 * title, repeated by surname, in three articles scores 0.9, and 1.0 when it is also found as a
 * speaker.
 *
 * <pre>{@code
 * Review review = ReviewRun.builder().data(Path.of("data")).build().run();
 * String csv = ReviewWriter.toCsv(review, false);
 * }</pre>
 */
package org.newsgraph.review;
