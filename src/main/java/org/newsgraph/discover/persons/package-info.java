/**
 * The person rules of the person finder ({@code discover.PersonFinder}): how capitalised words are read as a
 * name ({@link org.newsgraph.discover.persons.NameReader}), the named rules that find a person by what
 * surrounds the name ({@link org.newsgraph.discover.persons.PersonRule}, tried in the order of
 * {@link org.newsgraph.discover.persons.PersonRules#BY_SHAPE}: after a title, a title in apposition, a
 * speaker, a verb only a person does, "according to"), the credit rule of bylines and credit lines, the
 * namesake rule, and what joins the names of one person in an article
 * ({@link org.newsgraph.discover.persons.ShortNames}, {@link org.newsgraph.discover.persons.Surnames}).
 * The words they look for are rule lists of {@code data/rules/} ({@link org.newsgraph.discover.persons.Cues});
 * every rule's id is a row of {@code data/rules/rule-ids.csv}.
 *
 * <pre>{@code
 * PersonFinder.Discovery d = new PersonFinder(lexicon).find(sentences, mentions, kinds);
 * d.found().get(0).rule();   // "person-title"
 * }</pre>
 */
package org.newsgraph.discover.persons;
