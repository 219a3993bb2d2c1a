package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the rows of {@code parties.csv} into {@code Organization} rows: one per Wikidata id (Party
 * Facts lists a party of several countries once per country; the row then has a country only when
 * they agree), the English name as label, the abbreviation (two letters or more) and the native
 * name in Latin script as aliases, the country from the ISO 3166-1 alpha-3 code. A party whose code
 * maps to no gazetteer country (EUN for the European Parliament's groups, DDR …) is kept without
 * a country and counted.
 *
 * <pre>{@code
 * List<Party> parties = Parties.build(PartiesReader.read(file), countryMap, tally);
 * }</pre>
 */
final class Parties {
    private static final int LEAST_LETTERS = 2;

    private Parties() {
    }

    static List<Party> build(List<PartyFactsRow> rows, CountryMap countries, ImportTally tally) {
        Map<String, List<PartyFactsRow>> byQid = new LinkedHashMap<>();
        for (PartyFactsRow row : rows) {
            if (row.wikidata().isEmpty()) {
                tally.skip(PartiesReader.FILE, Settlements.NO_ID);
            } else if (!Text.isQid(row.wikidata())) {
                tally.skip(PartiesReader.FILE, Settlements.BAD_ID);
            } else if (!Text.hasLatinLetter(row.name())) {
                tally.skip(PartiesReader.FILE, "name not in Latin script");
            } else {
                byQid.computeIfAbsent(row.wikidata(), q -> new ArrayList<>()).add(row);
            }
        }
        List<Party> parties = new ArrayList<>();
        byQid.forEach((qid, group) -> {
            group.sort(Comparator.comparing((PartyFactsRow r) -> r.partyFactsId().length())
                    .thenComparing(PartyFactsRow::partyFactsId));
            PartyFactsRow first = group.get(0);
            Set<String> aliases = new TreeSet<>();
            Set<String> countryIds = new TreeSet<>();
            Set<String> unmapped = new TreeSet<>();
            List<String> sources = new ArrayList<>();
            for (PartyFactsRow r : group) {
                if (!r.name().equals(first.name()) && Text.isLatin(r.name())) {
                    aliases.add(r.name());
                }
                if (Text.letters(r.shortName()) >= LEAST_LETTERS) {
                    aliases.add(r.shortName());
                }
                if (!r.nativeName().isEmpty() && Text.isLatin(r.nativeName())) {
                    aliases.add(r.nativeName());
                }
                countries.ofIso3(r.iso3()).ifPresentOrElse(countryIds::add, () -> unmapped.add(r.iso3()));
                sources.add("partyfacts:" + r.partyFactsId() + "@" + PartiesReader.COMMIT);
            }
            aliases.remove(first.name());
            if (group.size() > 1) {
                tally.note(PartiesReader.FILE, "merged with another row of the same id");
            }
            String country = countryIds.size() == 1 && unmapped.isEmpty() ? countryIds.iterator().next() : "";
            if (countryIds.size() > 1) {
                tally.note(PartiesReader.FILE, "kept without country, its rows name several", first.name());
            } else if (country.isEmpty()) {
                tally.note(PartiesReader.FILE, "kept without country, code not in the gazetteer",
                        String.join("|", unmapped));
            }
            String iso2 = country.isEmpty() ? "" : countries.iso2(country);
            parties.add(new Party("", first.name(), List.copyOf(aliases), country, iso2, qid, sources));
        });
        return parties;
    }
}
