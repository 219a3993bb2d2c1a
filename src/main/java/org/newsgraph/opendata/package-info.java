/**
 * The open-data importer ({@code newsgraph import-opendata}): turns the world-scale open data with
 * Wikidata ids (Natural Earth and dr5hn places, dr5hn and Google regions, Party Facts parties,
 * every-politician-scrapers people and offices) into newsgraph's own files under
 * {@code data/opendata/}: {@code places.csv}, {@code parties.csv}, {@code people.csv},
 * {@code offices.csv} and {@code conflicts.csv}. One reader per source file makes a record per row;
 * {@link org.newsgraph.opendata.CountryMap} maps codes and names to the curated gazetteer's
 * countries; {@code Settlements} and {@code Regions} merge rows of one place and mark where the
 * sources disagree; {@code EntityIds} names every entity; {@code OpenDataWriter} writes the files,
 * the same bytes for the same input.
 */
package org.newsgraph.opendata;
