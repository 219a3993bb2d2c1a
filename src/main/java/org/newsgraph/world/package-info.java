/**
 * The world's open data and how an article's names are linked to it: {@link org.newsgraph.world.WorldData}
 * holds the places, parties, people and offices that {@code newsgraph import-opendata} wrote to
 * {@code data/opendata/}; {@link org.newsgraph.world.WorldNames} finds their names where no other rule did;
 * {@link org.newsgraph.world.Disambiguator} picks among namesakes with the article's evidence, or refuses;
 * {@link org.newsgraph.world.Resolver} applies its decisions to an article's entities; every link carries its
 * {@link org.newsgraph.gazetteer.LinkEvidence}.
 */
package org.newsgraph.world;

import org.newsgraph.gazetteer.LinkEvidence;
