package org.newsgraph.opendata;

/**
 * One row of {@code parties.csv}: a political party from Party Facts.
 *
 * @param line         the line of the row in its file
 * @param iso3         the ISO 3166-1 alpha-3 code of its country (Party Facts also uses codes such as EUN)
 * @param partyFactsId the Party Facts id
 * @param wikidata     the Wikidata id
 * @param name         the English name
 * @param shortName    the abbreviation, may be empty
 * @param nativeName   the name in the party's language, may be empty or in another script
 */
record PartyFactsRow(long line, String iso3, String partyFactsId, String wikidata, String name, String shortName,
        String nativeName) {
}
