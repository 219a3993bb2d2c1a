package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Merges the Natural Earth places and the dr5hn settlements into one {@code Settlement} row per
 * place:
 * <ul>
 * <li>rows with the same Wikidata id that are {@linkplain SamePlace one place} become one row:
 * confirmed when Natural Earth and dr5hn both give the id (or dr5hn says Natural Earth agrees),
 * single otherwise. The Natural Earth row gives the label, coordinates and first-level region; the
 * country is dr5hn's where they differ (Natural Earth places Kapan in Azerbaijan); aliases are
 * united, the larger population and the higher level kept;</li>
 * <li>rows with the same id that are different places (dr5hn gives one id to dozens of villages
 * with neighbouring names in its list): the place with the Natural Earth row keeps the id, the others
 * become conflicts; when no single Natural Earth place holds it, all do;</li>
 * <li>a dr5hn place that a Natural Earth place of the same name (any of its names) within 0.3°
 * holds under another id joins that place, which becomes a conflict without id: always when dr5hn
 * marks the row {@code conflict}, and when dr5hn holds its id alone; when dr5hn gives its id to other
 * places too, that doubtful id is dropped instead; a Natural Earth place without id takes dr5hn's;</li>
 * <li>a Natural Earth place without id is kept (quality none); a dr5hn row without id is left out.</li>
 * </ul>
 * Rows whose country is not in the gazetteer, and rows whose name has no Latin letter, are left out.
 *
 * <pre>{@code
 * List<Place> settlements = Settlements.merge(naturalEarth, cities, countryMap, tally);   // ids not yet assigned
 * }</pre>
 */
final class Settlements {
    static final String NOT_IN_GAZETTEER = "country not in the gazetteer";
    static final String NOT_LATIN = "name not in Latin script";
    static final String NO_ID = "no Wikidata id";
    static final String BAD_ID = "Wikidata id malformed";
    /** How far the Natural Earth place of a dr5hn conflict row may lie, as the source's own check. */
    private static final double CONFLICT_DEGREES = 0.3;
    private static final int SHARED_EXAMPLES = 3;
    /** Wikidata ids in numeric order. */
    static final Comparator<String> QID_ORDER = Comparator.comparing(String::length)
            .thenComparing(Comparator.naturalOrder());

    private Settlements() {
    }

    /** One row per place, ids not yet assigned. */
    static List<Place> merge(List<NaturalEarthRow> naturalEarth, List<CityRow> cities, CountryMap countries,
            ImportTally tally) {
        List<Unit> neUnits = new ArrayList<>();
        for (NaturalEarthRow row : naturalEarth) {
            Optional<String> country = countries.ofIso2(row.iso2()).or(() -> countries.ofName(row.countryName()));
            if (country.isEmpty()) {
                tally.skip(NaturalEarthReader.FILE, NOT_IN_GAZETTEER);
            } else if (!Text.hasLatinLetter(row.label())) {
                tally.skip(NaturalEarthReader.FILE, NOT_LATIN);
            } else {
                if (!row.wikidata().isEmpty() && !Text.isQid(row.wikidata())) {
                    tally.note(NaturalEarthReader.FILE, "Wikidata id malformed, kept without id");
                }
                neUnits.add(new Unit(row, null, country.get()));
            }
        }
        List<Unit> cityUnits = new ArrayList<>();
        for (CityRow row : cities) {
            Optional<String> country = countries.ofIso2(row.iso2());
            if (row.wikidata().isEmpty()) {
                tally.skip(CitiesReader.FILE, NO_ID);
            } else if (!Text.isQid(row.wikidata())) {
                tally.skip(CitiesReader.FILE, BAD_ID);
            } else if (country.isEmpty()) {
                tally.skip(CitiesReader.FILE, NOT_IN_GAZETTEER);
            } else if (!Text.hasLatinLetter(row.name())) {
                tally.skip(CitiesReader.FILE, NOT_LATIN);
            } else {
                cityUnits.add(new Unit(null, row, country.get()));
            }
        }
        return new Merge(countries, tally).run(neUnits, cityUnits);
    }

    /** A source row on its way into a place: a Natural Earth row or a dr5hn row, with its gazetteer country. */
    private record Unit(NaturalEarthRow ne, CityRow city, String country) {
        boolean isNaturalEarth() {
            return ne != null;
        }

        String qid() {
            String q = ne != null ? ne.wikidata() : city.wikidata();
            return Text.isQid(q) ? q : "";
        }

        List<String> names() {
            return ne != null ? ne.names() : List.of(city.name());
        }

        String label() {
            return ne != null ? ne.label() : city.name();
        }

        String level() {
            return ne != null ? ne.level() : city.level();
        }

        long population() {
            return ne != null ? ne.population() : city.population();
        }

        String lat() {
            return ne != null ? ne.lat() : city.lat();
        }

        String lon() {
            return ne != null ? ne.lon() : city.lon();
        }

        String admin1() {
            return ne != null ? ne.admin1() : city.admin1();
        }

        String sourceTag() {
            return ne != null ? ne.sourceTag() : city.sourceTag();
        }

        long line() {
            return ne != null ? ne.line() : city.line();
        }

        SamePlace.Spot spot() {
            return new SamePlace.Spot(names(), lat(), lon());
        }

        /** Higher level first, then larger population, then file order. */
        static final Comparator<Unit> PRIMARY = Comparator.comparing((Unit u) -> -Level.rank(u.level()))
                .thenComparing(u -> -u.population()).thenComparing(Unit::line);
    }

    /** The rows that become one place. */
    private static final class Cluster {
        final List<Unit> units = new ArrayList<>();
        String qid = "";
        boolean conflict;
        String note = "";

        Cluster(List<Unit> members) {
            units.addAll(members);
        }

        boolean hasNaturalEarth() {
            return units.stream().anyMatch(Unit::isNaturalEarth);
        }

        Unit primary() {
            return units.stream().filter(Unit::isNaturalEarth).min(Unit.PRIMARY)
                    .orElseGet(() -> units.stream().min(Unit.PRIMARY).orElseThrow());
        }
    }

    /** One run of the merge. */
    private static final class Merge {
        private final CountryMap countries;
        private final ImportTally tally;
        private final Map<Unit, Cluster> clusterOf = new IdentityHashMap<>();
        private final List<Cluster> clusters = new ArrayList<>();

        Merge(CountryMap countries, ImportTally tally) {
            this.countries = countries;
            this.tally = tally;
        }

        List<Place> run(List<Unit> neUnits, List<Unit> cityUnits) {
            Map<String, List<Unit>> byQid = new TreeMap<>();
            for (Unit u : neUnits) {
                if (u.qid().isEmpty()) {
                    add(new Cluster(List.of(u)));
                } else {
                    byQid.computeIfAbsent(u.qid(), q -> new ArrayList<>()).add(u);
                }
            }
            for (Unit u : cityUnits) {
                byQid.computeIfAbsent(u.qid(), q -> new ArrayList<>()).add(u);
            }
            byQid.forEach(this::resolve);
            attach(neUnits);
            return clusters.stream().filter(c -> !c.units.isEmpty()).map(this::place).toList();
        }

        private void add(Cluster c) {
            clusters.add(c);
            c.units.forEach(u -> clusterOf.put(u, c));
        }

        /** The rows of one id: one place keeps it, the others (if any) are conflicts. */
        private void resolve(String qid, List<Unit> units) {
            List<List<Unit>> parts = components(units);
            List<List<Unit>> withNaturalEarth = parts.stream()
                    .filter(p -> p.stream().anyMatch(Unit::isNaturalEarth)).toList();
            List<Unit> owner = parts.size() == 1 ? parts.get(0)
                    : withNaturalEarth.size() == 1 ? withNaturalEarth.get(0) : null;
            for (List<Unit> part : parts) {
                Cluster c = new Cluster(part);
                if (part == owner) {
                    c.qid = qid;
                    if (c.hasNaturalEarth() && part.stream().anyMatch(u -> !u.isNaturalEarth())) {
                        tally.note(CitiesReader.FILE, "merged with the Natural Earth place of the same id");
                    }
                } else {
                    c.conflict = true;
                    List<String> others = parts.stream().filter(p -> p != part)
                            .map(p -> new Cluster(p).primary().label()).distinct().sorted().toList();
                    c.note = qid + " is also given to " + others.size() + (others.size() == 1 ? " other place: "
                            : " other places: ") + String.join(", ", others.subList(0,
                            Math.min(SHARED_EXAMPLES, others.size()))) + (others.size() > SHARED_EXAMPLES ? " …" : "");
                }
                add(c);
            }
        }

        /** Groups the rows of one id into places: rows are one place when {@link SamePlace} says so, transitively. */
        private static List<List<Unit>> components(List<Unit> units) {
            int n = units.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            List<SamePlace.Spot> spots = units.stream().map(Unit::spot).toList();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (find(parent, i) != find(parent, j) && SamePlace.same(spots.get(i), spots.get(j))) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            Map<Integer, List<Unit>> groups = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(units.get(i));
            }
            return List.copyOf(groups.values());
        }

        private static int find(int[] parent, int i) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            return root;
        }

        /**
         * A dr5hn place that a Natural Earth place of the same name within 0.3° holds under another id
         * joins it: as a conflict when dr5hn marks the row so or holds its id alone; quietly, its
         * doubtful id dropped, when dr5hn gives that id to other places too; and a Natural Earth place
         * without id takes dr5hn's.
         */
        private void attach(List<Unit> neUnits) {
            Map<String, List<Unit>> byName = new HashMap<>();
            for (Unit u : neUnits) {
                u.names().stream().map(Text::key).filter(k -> !k.isEmpty()).distinct()
                        .forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(u));
            }
            for (Cluster c : List.copyOf(clusters)) {
                if (c.hasNaturalEarth()) {
                    continue;
                }
                Unit nearest = null;
                double best = Double.MAX_VALUE;
                for (Unit u : c.units) {
                    SamePlace.Spot spot = u.spot();
                    for (Unit ne : byName.getOrDefault(Text.key(u.city().name()), List.of())) {
                        double d = SamePlace.degreesApart(spot, ne.spot());
                        if (d <= CONFLICT_DEGREES && d < best) {
                            best = d;
                            nearest = ne;
                        }
                    }
                }
                boolean marked = c.units.stream().anyMatch(u -> CityRow.CONFLICT.equals(u.city().agreement()));
                if (nearest == null) {
                    if (marked) {
                        c.conflict = true;
                        tally.note(CitiesReader.FILE, "marked conflict, no Natural Earth place of its name nearby");
                    }
                    continue;
                }
                Cluster target = clusterOf.get(nearest);
                if (marked || target.conflict || (!c.conflict && !target.qid.isEmpty())) {
                    target.conflict = true;
                    target.note = String.join(" ; ", List.of(target.note, c.note).stream()
                            .filter(n -> !n.isEmpty()).toList());
                    tally.note(CitiesReader.FILE, "other id than the Natural Earth place of its name, joined it as conflict");
                } else if (!c.conflict) {
                    target.qid = c.qid;
                    tally.note(CitiesReader.FILE, "gave its id to the Natural Earth place of its name, which had none");
                } else {
                    tally.note(CitiesReader.FILE, "id given to other places too, dropped: joined the Natural Earth place "
                            + "of its name");
                }
                target.units.addAll(c.units);
                c.units.forEach(u -> clusterOf.put(u, target));
                c.units.clear();
            }
            for (Cluster c : clusters) {
                if (c.conflict && !c.units.isEmpty() && c.units.stream().noneMatch(Unit::isNaturalEarth)
                        && !c.note.isEmpty()) {
                    c.units.forEach(u -> tally.note(CitiesReader.FILE, "id also given to another place, kept as conflict"));
                }
            }
        }

        private Place place(Cluster c) {
            Unit primary = c.primary();
            List<Unit> byRank = c.units.stream().sorted(Unit.PRIMARY).toList();
            Optional<Unit> city = byRank.stream().filter(u -> !u.isNaturalEarth()).findFirst();
            String country = city.map(Unit::country).orElse(primary.country());
            String admin1 = primary.admin1().isEmpty() ? city.map(Unit::admin1).orElse("") : primary.admin1();
            if (primary.isNaturalEarth() && city.isPresent() && !primary.country().equals(country)) {
                tally.note(NaturalEarthReader.FILE, "country differs from cities.csv, whose country and region are kept",
                        primary.label());
                admin1 = city.get().admin1();
            }
            String label = primary.label();
            IdQuality quality = quality(c);
            String level = c.units.stream().map(Unit::level).reduce(Level.TOWN, Level::higher);
            long population = c.units.stream().mapToLong(Unit::population).max().orElse(-1);
            Set<String> names = new LinkedHashSet<>();
            c.units.forEach(u -> names.addAll(u.names()));
            names.add(Text.fold(label));
            List<String> sources = Stream.concat(
                    c.units.stream().filter(Unit::isNaturalEarth).map(Unit::sourceTag).sorted(),
                    c.units.stream().filter(u -> !u.isNaturalEarth()).map(Unit::sourceTag).sorted())
                    .distinct().toList();
            List<Claim> claims = quality != IdQuality.CONFLICT ? List.of() : c.units.stream()
                    .filter(u -> !u.qid().isEmpty()).map(u -> new Claim(u.sourceTag(), u.qid())).distinct()
                    .sorted(Comparator.comparing((Claim cl) -> !cl.naturalEarth()).thenComparing(Claim::source)
                            .thenComparing(Claim::qid, QID_ORDER)).toList();
            return new Place("", Place.SETTLEMENT, label, aliases(label, names), country, countries.iso2(country),
                    quality.carriesId() ? c.qid : "", quality, level, population, admin1, Text.decimal(primary.lat()),
                    Text.decimal(primary.lon()), sources, claims, quality == IdQuality.CONFLICT ? c.note : "");
        }

        private static IdQuality quality(Cluster c) {
            if (c.conflict) {
                return IdQuality.CONFLICT;
            }
            if (c.qid.isEmpty()) {
                return IdQuality.NONE;
            }
            boolean both = c.hasNaturalEarth() && c.units.stream().anyMatch(u -> !u.isNaturalEarth()
                    && u.qid().equals(c.qid));
            boolean agreed = c.units.stream().anyMatch(u -> !u.isNaturalEarth() && u.qid().equals(c.qid)
                    && CityRow.BOTH.equals(u.city().agreement()));
            return both || agreed ? IdQuality.CONFIRMED : IdQuality.SINGLE;
        }
    }

    /** The Latin-script names other than the label, sorted, each once. */
    static List<String> aliases(String label, Set<String> names) {
        return names.stream().map(Text::clean).filter(n -> !n.isEmpty() && !n.equals(label) && Text.isLatin(n))
                .distinct().sorted().toList();
    }
}
