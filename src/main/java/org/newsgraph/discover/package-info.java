/**
 * Discovery: the entities the gazetteer does not know, found by the shape of their names. The person
 * finder ({@link org.newsgraph.discover.PersonFinder}, its named rules in {@code discover.persons}),
 * the shapes of organisations, places, events and acronyms ({@link org.newsgraph.discover.ShapeFinder}
 * over {@link org.newsgraph.discover.NameShapes}), the article's bylines and credit lines
 * ({@link org.newsgraph.discover.Bylines}) and the layout of its lines ({@link org.newsgraph.discover.Layout}).
 * Their words are rule lists of {@code data/rules/} (see its {@code index.csv}, stage {@code discover}).
 *
 * <pre>{@code
 * PersonFinder.Discovery d = new PersonFinder(lexicon).find(sentences, mentions, kinds);
 * ShapeFinder.Result shapes = new ShapeFinder(lexicon, gazetteer).find(sentences, d.mentions(), kinds);
 * }</pre>
 */
package org.newsgraph.discover;
