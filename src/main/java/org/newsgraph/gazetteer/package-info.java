/**
 * The gazetteer: the countries, people, organisations, settlements and regions newsgraph
 * recognises, with their names, demonyms, government metonyms and confirmed Wikidata ids, loaded
 * from CSV files under {@code data/gazetteer/}.
 */
package org.newsgraph.gazetteer;
