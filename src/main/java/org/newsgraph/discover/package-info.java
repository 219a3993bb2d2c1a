/**
 * Discovery: the entities the gazetteer does not know, found by the shape of their names. The person
 * finder ({@link org.newsgraph.discover.PersonFinder}, its named rules in {@code discover.persons}),
 * the shapes of organisations, places, events and acronyms ({@link org.newsgraph.discover.ShapeFinder}
 * over {@link org.newsgraph.discover.NameShapes}) and the authors of the article's metadata
 * ({@link org.newsgraph.discover.Bylines}). The person finder's credit rule tells the byline and credit
 * lines, whose roles join those the {@code layout} stage gave the lines by their shape.
 * Their words are rule lists of {@code data/rules/} (see its {@code index.csv}, stage {@code discover}).
 *
 * <pre>{@code
 * PersonFinder.Discovery d = new PersonFinder(lexicon).find(sentences, mentions, kinds);
 * ShapeFinder.Result shapes = new ShapeFinder(lexicon, gazetteer).find(sentences, d.mentions(), kinds);
 * }</pre>
 */
package org.newsgraph.discover;
