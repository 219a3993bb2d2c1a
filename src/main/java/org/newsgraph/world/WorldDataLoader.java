package org.newsgraph.world;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.Background;
import org.newsgraph.InputException;
import org.newsgraph.gazetteer.Coordinates;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;

/**
 * Reads the open data of a folder as {@code newsgraph import-opendata} wrote it: {@code places.csv},
 * {@code parties.csv}, {@code people.csv} and {@code offices.csv}. A missing folder is no open data; a
 * missing column, an unknown kind or quality, or a country the gazetteer does not know is an error naming
 * the file and line.
 *
 * <pre>{@code
 * WorldData world = WorldDataLoader.load(Path.of("data/opendata"), countryIds);
 * }</pre>
 */
public final class WorldDataLoader {
    static final List<String> PLACE_COLUMNS = List.of("id", "kind", "label", "aliases", "country", "wikidata",
            "id_quality", "level", "population", "lat", "lon", "source");
    static final List<String> PARTY_COLUMNS = List.of("id", "kind", "label", "aliases", "country", "wikidata",
            "id_quality", "source");
    static final List<String> PEOPLE_COLUMNS = List.of("id", "kind", "label", "aliases", "countries", "wikidata",
            "id_quality", "source");
    static final List<String> OFFICE_COLUMNS = List.of("person", "position", "position_wikidata", "country", "start",
            "end", "source");
    /** Settlements smaller than this whose id is not linked are not loaded ({@link #kept}). */
    static final long SMALL_TOWN = 10_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private WorldDataLoader() {
    }

    /**
     * The open data of {@code dir}, or {@link WorldData#EMPTY} when the folder does not exist.
     *
     * @param countries the ids of the gazetteer's countries, which every row's country must be one of
     * @param taken     entity ids of the curated gazetteer: an open-data row with one of them is renamed
     *                  {@code id-qNNN}, so that the curated entity keeps its id
     * @param policy    which ids are linked
     */
    public static WorldData load(Path dir, Set<String> countries, Set<String> taken, IdPolicy policy) {
        if (!Files.isDirectory(dir)) {
            return WorldData.EMPTY;
        }
        String key = cacheKey(dir, countries, taken, policy);
        synchronized (CACHE) {
            java.lang.ref.SoftReference<WorldData> cached = CACHE.get(key);
            WorldData world = cached == null ? null : cached.get();
            if (world != null) {
                return world;
            }
        }
        WorldData world = read(dir, countries, taken, policy);
        synchronized (CACHE) {
            CACHE.clear();
            CACHE.put(key, new java.lang.ref.SoftReference<>(world));
        }
        return world;
    }

    /**
     * The last open data loaded, by folder, file sizes and times, countries, curated ids and policy: a process
     * that builds several times (serve following rebuilds, bench, tests) reads the files once, and gives the
     * memory back when it runs short.
     */
    private static final Map<String, java.lang.ref.SoftReference<WorldData>> CACHE = new HashMap<>();

    private static String cacheKey(Path dir, Set<String> countries, Set<String> taken, IdPolicy policy) {
        StringBuilder key = new StringBuilder(dir.toUri().toString());
        for (String name : List.of("places.csv", "parties.csv", "people.csv", "offices.csv")) {
            Path file = dir.resolve(name);
            try {
                key.append('|').append(Files.size(file)).append('@').append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                key.append("|missing");
            }
        }
        return key.append('|').append(new java.util.TreeSet<>(countries).hashCode()).append('|')
                .append(new java.util.TreeSet<>(taken).hashCode()).append('|').append(policy.describe()).toString();
    }

    private static WorldData read(Path dir, Set<String> countries, Set<String> taken, IdPolicy policy) {
        // the four files are read at once, on the cores there are; ids are then checked in file order
        CompletableFuture<List<Read>> places = Background.start("newsgraph-read-places", () -> readEntries(dir.resolve("places.csv"), PLACE_COLUMNS,
                r -> entry(r, countries, List.of(r.get("country")), policy)));
        CompletableFuture<List<Read>> parties = Background.start("newsgraph-read-parties", () -> readEntries(dir.resolve("parties.csv"), PARTY_COLUMNS,
                r -> entry(r, countries, List.of(r.get("country")), policy)));
        CompletableFuture<List<Read>> people = Background.start("newsgraph-read-people", () -> readEntries(dir.resolve("people.csv"), PEOPLE_COLUMNS,
                r -> entry(r, countries, list(r.get("countries")), policy)));
        List<Office> read = new ArrayList<>();
        read(dir.resolve("offices.csv"), OFFICE_COLUMNS, r -> read.add(new Office(r.get("person"), r.get("position"),
                r.get("position_wikidata"), country(r, countries, r.get("country")), r.get("start"), r.get("end"),
                r.get("source"))));
        List<WorldEntry> entries = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (CompletableFuture<List<Read>> file : List.of(places, parties, people)) {
            for (Read r : Background.join(file)) {
                WorldEntry entry = renamed(r.entry(), taken, renamed);
                String earlier = where.putIfAbsent(entry.id(), r.where());
                if (earlier != null) {
                    throw new InputException(r.file(), r.line(), "the id \"" + entry.id() + "\" is already used at "
                            + earlier + "; ids must be unique across the open data (re-run newsgraph import-opendata)");
                }
                entries.add(entry);
            }
        }
        List<Office> offices = renamed.isEmpty() ? read : read.stream().map(o -> renamed.containsKey(o.person())
                ? new Office(renamed.get(o.person()), o.position(), o.positionWikidata(), o.country(), o.start(), o.end(),
                        o.source()) : o).toList();
        return new WorldData(entries, offices);
    }

    private static WorldEntry renamed(WorldEntry e, Set<String> taken, Map<String, String> renamed) {
        if (!taken.contains(e.id()) || e.qid() == null) {
            return e;
        }
        String id = e.id() + "-" + e.qid().toLowerCase(java.util.Locale.ROOT);
        renamed.put(e.id(), id);
        Entity x = e.entity();
        return new WorldEntry(new Entity(id, x.kind(), x.label(), x.aliases(), x.demonyms(), x.metonyms(), x.country(),
                x.wikidata(), x.source(), x.coordinates()), e.qid(), e.quality(), e.level(), e.population(), e.countries());
    }

    /** An entry read, and where it stands. */
    private record Read(WorldEntry entry, Path file, long line) {
        String where() {
            return file.getFileName() + " line " + line;
        }
    }

    private static List<Read> readEntries(Path file, List<String> columns, java.util.function.Function<Row, WorldEntry> entry) {
        List<Read> entries = new ArrayList<>();
        read(file, columns, r -> {
            WorldEntry e = entry.apply(r);
            if (kept(e)) {
                entries.add(new Read(e, r.file(), r.line()));
            }
        });
        return entries;
    }

    /**
     * Whether an entry is loaded. A settlement whose id is not linked (sources in conflict, or one not trusted
     * alone) and of fewer than {@value #SMALL_TOWN} people, or of unknown size, is left out: it could only be
     * typed, never linked, and such village names ("Police", "Of") cost load time and false finds; the shape
     * rules still find "the village of …".
     */
    static boolean kept(WorldEntry e) {
        return e.entity().kind() != Kind.SETTLEMENT || e.linkable() || e.population() >= SMALL_TOWN;
    }

    /** A row of one open-data file: its cells by column, and where it stands. */
    record Row(Path file, long line, CSVRecord record, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }

        InputException error(String problem) {
            return new InputException(file, line, problem);
        }
    }

    private static void read(Path file, List<String> columns, Consumer<Row> each) {
        if (!Files.exists(file)) {
            throw new InputException(file, "file not found; the open-data folder needs places.csv, parties.csv, "
                    + "people.csv and offices.csv: run newsgraph import-opendata, or remove the folder");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = FORMAT.parse(in)) {
            List<String> missing = columns.stream().filter(c -> !csv.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(file, 1, "the header lacks the column(s) " + String.join(", ", missing)
                        + "; expected " + String.join(",", columns) + " (re-run newsgraph import-opendata)");
            }
            long line = 1;
            Map<String, Integer> header = csv.getHeaderMap();
            for (CSVRecord r : csv) {
                line++;
                each.accept(new Row(file, line, r, header));
                line = csv.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read the file (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new InputException(file, "malformed CSV (" + e.getMessage() + "); re-run newsgraph import-opendata", e);
        }
    }

    private static WorldEntry entry(Row r, Set<String> countries, List<String> countryCells, IdPolicy policy) {
        String id = r.get("id");
        if (!Entity.ID.matcher(id).matches()) {
            throw r.error("the id \"" + id + "\" must be lowercase letters, digits and single hyphens");
        }
        Kind kind = Kind.parse(r.get("kind")).orElseThrow(() -> r.error("unknown kind \"" + r.get("kind") + "\"; use one of "
                + Kind.labels()));
        IdQuality quality = IdQuality.parse(r.get("id_quality")).orElseThrow(() -> r.error("unknown id_quality \""
                + r.get("id_quality") + "\"; use confirmed, single, conflict or none"));
        String qid = r.get("wikidata");
        if (!qid.isEmpty() && !Entity.QID.matcher(qid).matches()) {
            throw r.error("expected a Wikidata id like Q123, found \"" + qid + "\"");
        }
        List<String> own = new ArrayList<>();
        for (String c : countryCells) {
            String id2 = country(r, countries, c);
            if (!id2.isEmpty()) {
                own.add(id2);
            }
        }
        String source = r.get("source");
        boolean link = !qid.isEmpty() && policy.links(quality, source);
        Entity entity = new Entity(id, kind, r.get("label"), list(r.get("aliases")), List.of(), List.of(),
                own.isEmpty() ? null : own.get(0), link ? qid : null, link ? source : null, coordinates(r));
        return new WorldEntry(entity, qid.isEmpty() ? null : qid, quality, r.get("level"), population(r), own);
    }

    private static String country(Row r, Set<String> countries, String country) {
        if (!country.isEmpty() && !countries.contains(country)) {
            throw r.error("the country \"" + country + "\" is not a Country of the gazetteer; add it to "
                    + "data/gazetteer or re-run newsgraph import-opendata with this gazetteer");
        }
        return country;
    }

    private static long population(Row r) {
        String p = r.get("population");
        try {
            return p.isEmpty() ? 0 : Long.parseLong(p);
        } catch (NumberFormatException e) {
            throw r.error("population \"" + p + "\" must be a whole number");
        }
    }

    private static Coordinates coordinates(Row r) {
        String lat = r.get("lat");
        String lon = r.get("lon");
        if (lat.isEmpty() || lon.isEmpty()) {
            return null;
        }
        try {
            return new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (IllegalArgumentException e) {
            throw r.error("lat \"" + lat + "\" and lon \"" + lon + "\" must be decimal degrees");
        }
    }

    private static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
