package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the rows of {@code admin-units.csv} into {@code Region} rows: the id is dr5hn's when Google
 * agrees (confirmed) or has none (single), Google's when only Google has one (single), none when they
 * disagree (conflict, both ids listed in {@code conflicts.csv}); rows without any id are left out.
 * Rows of one id that are {@linkplain SamePlace one region} become one row (La Rioja as province and
 * as autonomous community); when they are different regions (dr5hn gives Florida's id to a Puerto
 * Rican municipality too) the one Google confirms keeps the id and the others become conflicts. A
 * region with the same id as a Natural Earth settlement is the city itself (Kyiv, Berlin, Doha) and is
 * left out: the settlement stands for it, confirmed by it; a settlement that only dr5hn lists with a region's id is
 * the region listed as a city ("Okres Frýdek-Místek", "Shropshire") and gives way to the region. A
 * city's own region row that gives the id Natural Earth gives a settlement in conflict (Yerevan,
 * Tbilisi: Natural Earth, dr5hn's states and Google against dr5hn's cities) is a third source: the
 * settlement gets that id, confirmed, and the region row is left out.
 * Names as {@link RegionNames} makes them.
 *
 * <pre>{@code
 * Regions.Result r = Regions.build(adminUnits, settlements, countryMap, tally);
 * }</pre>
 */
final class Regions {
    static final String SAME_AS_SETTLEMENT = "same Wikidata id as a Natural Earth settlement (the city itself)";
    static final String REPLACES_CITY = "replaces a dr5hn settlement of the same id (the region listed as a city)";
    static final String CONFIRMS = "the city itself, confirms the id Natural Earth alone gives the settlement";
    static final String SETTLES = "the city itself, its id (Natural Earth's) settles the settlement's conflict";

    private Regions() {
    }

    /**
     * The regions, and the settlements as the regions leave them.
     *
     * @param settlements the settlements less those that are a region listed as a city, with the
     *                    conflicts a region's id settles
     * @param regions     the regions, ids not yet assigned
     */
    record Result(List<Place> settlements, List<Place> regions) {
        Result {
            settlements = List.copyOf(settlements);
            regions = List.copyOf(regions);
        }
    }

    static Result build(List<AdminUnitRow> rows, List<Place> settlements, CountryMap countries, ImportTally tally) {
        Map<String, Place> settlementById = new HashMap<>();
        Map<String, Place> disputedById = new HashMap<>();
        for (Place p : settlements) {
            if (!p.wikidata().isEmpty()) {
                settlementById.put(p.wikidata(), p);
            } else if (!p.naturalEarthId().isEmpty()) {
                disputedById.putIfAbsent(p.naturalEarthId(), p);
            }
        }
        Map<Place, Located> settled = new IdentityHashMap<>();
        Map<String, List<Located>> byQid = new TreeMap<>();
        List<Located> conflicting = new ArrayList<>();
        Set<Place> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AdminUnitRow row : rows) {
            Optional<String> country = countries.ofIso2(row.iso2());
            boolean conflict = AdminUnitRow.CONFLICT.equals(row.agreement());
            boolean badIds = conflict ? !Text.isQid(row.wikidata()) || !Text.isQid(row.gcpWikidata())
                    : !Text.isQid(row.qid());
            Place settlement = conflict ? null : settlementById.get(row.qid());
            if (row.qid().isEmpty() && !conflict) {
                tally.skip(AdminUnitsReader.FILE, Settlements.NO_ID);
            } else if (badIds) {
                tally.skip(AdminUnitsReader.FILE, Settlements.BAD_ID);
            } else if (country.isEmpty()) {
                tally.skip(AdminUnitsReader.FILE, Settlements.NOT_IN_GAZETTEER);
            } else if (!Text.hasLatinLetter(row.name()) && !Text.hasLatinLetter(row.gcpName())) {
                tally.skip(AdminUnitsReader.FILE, Settlements.NOT_LATIN);
            } else if (settlement != null && fromNaturalEarth(settlement)) {
                tally.skip(AdminUnitsReader.FILE, SAME_AS_SETTLEMENT);
                if (settlement.quality() == IdQuality.SINGLE
                        && settled.putIfAbsent(settlement, new Located(row, country.get())) == null) {
                    tally.note(AdminUnitsReader.FILE, CONFIRMS);
                }
            } else if (!conflict && disputedById.containsKey(row.qid())) {
                settled.putIfAbsent(disputedById.get(row.qid()), new Located(row, country.get()));
                tally.skip(AdminUnitsReader.FILE, SETTLES);
            } else {
                if (settlement != null && replaced.add(settlement)) {
                    tally.note(AdminUnitsReader.FILE, REPLACES_CITY);
                }
                Located l = new Located(row, country.get());
                if (conflict) {
                    conflicting.add(l);
                } else {
                    byQid.computeIfAbsent(row.qid(), q -> new ArrayList<>()).add(l);
                }
            }
        }
        List<Place> kept = settlements.stream().filter(p -> !replaced.contains(p))
                .map(p -> settled.containsKey(p) ? p.confirmedBy(settled.get(p).row().qid(), settled.get(p).sources()) : p)
                .toList();
        Map<String, Set<String>> settlementNames = new HashMap<>();
        for (Place p : kept) {
            settlementNames.computeIfAbsent(p.country(), c -> new HashSet<>()).add(Text.key(p.label()));
        }
        List<Place> places = new ArrayList<>();
        byQid.forEach((qid, group) -> {
            List<List<Located>> parts = components(group);
            List<List<Located>> confirmed = parts.stream()
                    .filter(p -> p.stream().anyMatch(l -> AdminUnitRow.BOTH.equals(l.row().agreement()))).toList();
            List<Located> owner = parts.size() == 1 ? parts.get(0) : confirmed.size() == 1 ? confirmed.get(0) : null;
            for (List<Located> part : parts) {
                if (part.size() > 1) {
                    part.subList(1, part.size()).forEach(l -> tally.note(AdminUnitsReader.FILE,
                            "merged with another row of the same id"));
                }
                String note = "";
                if (part != owner) {
                    tally.note(AdminUnitsReader.FILE, "id also given to another region, kept as conflict");
                    note = qid + " is also given to another region of the file";
                }
                places.add(place(part, part == owner ? qid : "", note, settlementNames, countries));
            }
        });
        for (Located l : conflicting) {
            places.add(place(List.of(l), "", "", settlementNames, countries));
        }
        return new Result(kept, places);
    }

    private static boolean fromNaturalEarth(Place settlement) {
        return settlement.sources().stream().anyMatch(t -> t.startsWith(NaturalEarthRow.TAG));
    }

    /** A row with its gazetteer country. */
    private record Located(AdminUnitRow row, String country) {
        SamePlace.Spot spot() {
            return new SamePlace.Spot(List.of(row.name(), row.gcpName()), row.lat(), row.lon());
        }

        List<String> sources() {
            return switch (row.agreement()) {
                case AdminUnitRow.DR5HN -> List.of(row.dr5hnTag());
                case AdminUnitRow.GCP -> List.of(AdminUnitsReader.GCP_TAG);
                default -> List.of(row.dr5hnTag(), AdminUnitsReader.GCP_TAG);
            };
        }

        /** Confirmed rows first, then file order. */
        static final Comparator<Located> PRIMARY = Comparator
                .comparing((Located l) -> !AdminUnitRow.BOTH.equals(l.row().agreement()))
                .thenComparing(l -> l.row().line());
    }

    private static List<List<Located>> components(List<Located> group) {
        List<List<Located>> parts = new ArrayList<>();
        for (Located l : group) {
            List<List<Located>> joined = parts.stream()
                    .filter(p -> p.stream().anyMatch(o -> SamePlace.same(o.spot(), l.spot()))).toList();
            List<Located> merged = new ArrayList<>();
            joined.forEach(merged::addAll);
            merged.add(l);
            parts.removeAll(joined);
            parts.add(merged);
        }
        parts.forEach(p -> p.sort(Located.PRIMARY));
        parts.sort(Comparator.comparing((List<Located> p) -> p.get(0), Located.PRIMARY));
        return parts;
    }

    private static Place place(List<Located> part, String qid, String note, Map<String, Set<String>> settlementNames,
            CountryMap countries) {
        Located primary = part.get(0);
        AdminUnitRow row = primary.row();
        Set<String> names = settlementNames.getOrDefault(primary.country(), Set.of());
        RegionNames main = RegionNames.of(row, names);
        Set<String> aliases = new TreeSet<>(main.aliases());
        List<String> sources = new ArrayList<>();
        for (Located l : part) {
            if (l != primary) {
                RegionNames other = RegionNames.of(l.row(), names);
                if (Text.isLatin(other.label())) {
                    aliases.add(other.label());
                }
                aliases.addAll(other.aliases());
            }
            sources.addAll(l.sources());
        }
        aliases.remove(main.label());
        IdQuality quality = qid.isEmpty() ? IdQuality.CONFLICT
                : part.stream().anyMatch(l -> AdminUnitRow.BOTH.equals(l.row().agreement())) ? IdQuality.CONFIRMED
                : IdQuality.SINGLE;
        return new Place("", Place.REGION, main.label(), List.copyOf(aliases), primary.country(),
                countries.iso2(primary.country()), qid, quality, row.regionLevel(), -1, "", Text.decimal(row.lat()),
                Text.decimal(row.lon()), List.copyOf(new LinkedHashSet<>(sources)),
                quality == IdQuality.CONFLICT ? claims(part) : List.of(), note);
    }

    private static List<Claim> claims(List<Located> part) {
        Set<Claim> claims = new LinkedHashSet<>();
        for (Located l : part) {
            AdminUnitRow r = l.row();
            if (Text.isQid(r.wikidata()) && !AdminUnitRow.GCP.equals(r.agreement())) {
                claims.add(new Claim(r.dr5hnTag(), r.wikidata()));
            }
            if (Text.isQid(r.gcpWikidata()) && !AdminUnitRow.DR5HN.equals(r.agreement())) {
                claims.add(new Claim(AdminUnitsReader.GCP_TAG, r.gcpWikidata()));
            }
        }
        return List.copyOf(claims);
    }
}
