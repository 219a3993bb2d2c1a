package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps the sources' country codes and names to the ids of the curated gazetteer's {@code Country}
 * rows, built from data rather than by hand:
 * <ol>
 * <li>a name (any label or alias of a gazetteer country, compared without case, accents and
 * punctuation) names that country; else the name's Wikidata id from the open-data
 * {@code countries.csv} finds the gazetteer country with that id;</li>
 * <li>an ISO 3166-1 alpha-2 code is the gazetteer country with the code table's Wikidata id for it,
 * else the country its Natural Earth rows name (the most frequent {@code country_name}), else the
 * country the code table's names name;</li>
 * <li>an alpha-3 code goes through the code table to its alpha-2 code.</li>
 * </ol>
 * A code or name that finds no gazetteer country is unmapped.
 *
 * <pre>{@code
 * CountryMap map = CountryMap.build(gazetteerCountries, codeTable, countryQids, naturalEarthRows);
 * map.ofIso2("AM");           // Optional[armenia]
 * map.ofIso3("USA");          // Optional[united-states]
 * map.ofName("Congo-Kinshasa");
 * map.iso2("armenia");        // "AM"
 * }</pre>
 */
final class CountryMap {
    private final Map<String, String> byIso2;
    private final Map<String, String> iso2ByIso3;
    private final Map<String, String> iso2ById;
    private final Map<String, String> iso2ByName;
    private final Names names;

    private CountryMap(Map<String, String> byIso2, Map<String, String> iso2ByIso3, Map<String, String> iso2ById,
            Map<String, String> iso2ByName, Names names) {
        this.byIso2 = byIso2;
        this.iso2ByIso3 = iso2ByIso3;
        this.iso2ById = iso2ById;
        this.iso2ByName = iso2ByName;
        this.names = names;
    }

    /**
     * Builds the map.
     *
     * @param countries   the gazetteer's Country rows
     * @param codes       the ISO 3166 code table
     * @param countryQids country name to Wikidata id ({@code countries.csv} of the open data)
     * @param places      the Natural Earth rows, whose {@code country} and {@code country_name} pair codes with names
     */
    static CountryMap build(List<GazetteerCountry> countries, List<CountryCodeRow> codes,
            Map<String, String> countryQids, List<NaturalEarthRow> places) {
        Names names = new Names(countries, countryQids);
        Map<String, Map<String, Integer>> placeNames = new TreeMap<>();
        for (NaturalEarthRow p : places) {
            if (isCode(p.iso2()) && !p.countryName().isEmpty()) {
                placeNames.computeIfAbsent(p.iso2(), k -> new HashMap<>()).merge(p.countryName(), 1, Integer::sum);
            }
        }
        Map<String, CountryCodeRow> codeRows = new TreeMap<>();
        Map<String, String> iso2ByIso3 = new HashMap<>();
        Map<String, String> iso2ByName = new HashMap<>();
        for (CountryCodeRow c : codes) {
            if (isCode(c.iso2())) {
                codeRows.putIfAbsent(c.iso2(), c);
                if (!c.iso3().isEmpty()) {
                    iso2ByIso3.putIfAbsent(c.iso3(), c.iso2());
                }
                for (String name : List.of(c.name(), c.officialName())) {
                    if (!Text.key(name).isEmpty()) {
                        iso2ByName.putIfAbsent(Text.key(name), c.iso2());
                    }
                }
            }
        }
        Set<String> all = new HashSet<>(codeRows.keySet());
        all.addAll(placeNames.keySet());
        Map<String, String> byIso2 = new TreeMap<>();
        Map<String, String> iso2ById = new TreeMap<>();
        Map<String, String> byIdFromQid = new HashMap<>();
        for (String code : all.stream().sorted().toList()) {
            CountryCodeRow row = codeRows.get(code);
            Optional<String> id = row == null ? Optional.empty() : names.ofQid(row.wikidata());
            if (id.isPresent()) {
                byIdFromQid.putIfAbsent(id.get(), code);
            }
            if (id.isEmpty()) {
                id = byFrequency(placeNames.getOrDefault(code, Map.of())).stream()
                        .map(names::of).flatMap(Optional::stream).findFirst();
            }
            if (id.isEmpty() && row != null) {
                id = names.of(row.name()).or(() -> names.of(row.officialName()));
            }
            id.ifPresent(i -> {
                byIso2.put(code, i);
                iso2ById.putIfAbsent(i, code);
            });
        }
        iso2ById.putAll(byIdFromQid);
        return new CountryMap(Map.copyOf(byIso2), Map.copyOf(iso2ByIso3), Map.copyOf(iso2ById),
                Map.copyOf(iso2ByName), names);
    }

    /** The gazetteer country of an ISO 3166-1 alpha-2 code. */
    Optional<String> ofIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    /** The gazetteer country of an ISO 3166-1 alpha-3 code. */
    Optional<String> ofIso3(String iso3) {
        return Optional.ofNullable(iso2ByIso3.get(iso3)).flatMap(this::ofIso2);
    }

    /** The alpha-2 code of an alpha-3 code, or "". */
    String iso2OfIso3(String iso3) {
        return iso2ByIso3.getOrDefault(iso3, "");
    }

    /**
     * The gazetteer country a name names: directly, through its Wikidata id, or through the code table
     * entry of that name.
     */
    Optional<String> ofName(String name) {
        return names.of(name).or(() -> Optional.ofNullable(iso2ByName.get(Text.key(name))).flatMap(this::ofIso2));
    }

    /** The alpha-2 code of a gazetteer country, or "" when no code maps to it. */
    String iso2(String countryId) {
        return iso2ById.getOrDefault(countryId, "");
    }

    /** How many alpha-2 codes map to a gazetteer country. */
    int mappedCodes() {
        return byIso2.size();
    }

    private static boolean isCode(String code) {
        return code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1));
    }

    private static List<String> byFrequency(Map<String, Integer> counts) {
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    /** Gazetteer countries by name key and by Wikidata id; a key two countries share names neither. */
    private static final class Names {
        private final Map<String, String> byKey = new HashMap<>();
        private final Map<String, String> byQid = new HashMap<>();
        private final Map<String, String> qidByKey = new LinkedHashMap<>();

        Names(List<GazetteerCountry> countries, Map<String, String> countryQids) {
            Set<String> ambiguous = new HashSet<>();
            for (GazetteerCountry c : countries) {
                for (String name : c.names()) {
                    String key = Text.key(name);
                    String earlier = byKey.putIfAbsent(key, c.id());
                    if (earlier != null && !earlier.equals(c.id())) {
                        ambiguous.add(key);
                    }
                }
                if (Text.isQid(c.wikidata())) {
                    byQid.putIfAbsent(c.wikidata(), c.id());
                }
            }
            ambiguous.forEach(byKey::remove);
            byKey.remove("");
            countryQids.forEach((name, qid) -> qidByKey.putIfAbsent(Text.key(name), qid));
        }

        Optional<String> of(String name) {
            String key = Text.key(name);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            String id = byKey.get(key);
            if (id != null) {
                return Optional.of(id);
            }
            return Optional.ofNullable(qidByKey.get(key)).flatMap(this::ofQid);
        }

        Optional<String> ofQid(String qid) {
            return Optional.ofNullable(byQid.get(qid));
        }
    }
}
