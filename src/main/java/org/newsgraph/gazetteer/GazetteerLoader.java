package org.newsgraph.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Loads the gazetteer from every {@code .csv} file of a folder. Each file has the header
 * {@code id,kind,label,aliases,demonyms,metonyms,country,wikidata,source}, optionally followed by
 * {@code lat,lon} (WGS84 decimal degrees of a place); list cells separate values with {@code |}. Every problem is reported with its file and line: a malformed id, an
 * unknown kind, a Wikidata id that is not {@code Q} and digits or that has no source, an id used
 * twice, a country that is not a Country of the gazetteer, a name given to two entities.
 *
 * <pre>{@code
 * Gazetteer gazetteer = GazetteerLoader.load(Path.of("data/gazetteer"));
 * }</pre>
 */
public final class GazetteerLoader {
    /** The gazetteer files' columns, in their usual order. */
    public static final List<String> COLUMNS = List.of("id", "kind", "label", "aliases", "demonyms", "metonyms",
            "country", "wikidata", "source");

    /** Columns a file may add: a place's WGS84 latitude and longitude in decimal degrees. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("lat", "lon");

    private GazetteerLoader() {
    }

    /** Reads every {@code .csv} file of the folder, in name order. */
    public static Gazetteer load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such folder; the gazetteer is a folder of CSV files (see data/README.md)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new InputException(dir, "the folder holds no .csv gazetteer file");
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Path file : files) {
            rows.addAll(CsvTable.read(file, COLUMNS, OPTIONAL_COLUMNS));
        }
        return fromRows(rows);
    }

    /** Builds the gazetteer from rows already read; used by {@link #load} and by tests. */
    public static Gazetteer fromRows(List<CsvRow> rows) {
        Map<String, CsvRow> rowById = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (CsvRow row : rows) {
            Entity entity = entity(row);
            CsvRow earlier = rowById.putIfAbsent(entity.id(), row);
            if (earlier != null) {
                throw row.error("the id \"" + entity.id() + "\" is already used at " + where(earlier)
                        + "; ids must be unique across the gazetteer");
            }
            entities.add(entity);
        }
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        for (Entity e : entities) {
            if (e.country() != null) {
                Entity country = byId.get(e.country());
                if (country == null || country.kind() != Kind.COUNTRY) {
                    throw rowById.get(e.id()).error("the country \"" + e.country()
                            + "\" is not the id of a Country in the gazetteer; add that country or fix the id");
                }
            }
        }
        checkNames(entities, rowById);
        return new Gazetteer(entities);
    }

    private static Entity entity(CsvRow row) {
        String id = row.required("id");
        if (!Entity.ID.matcher(id).matches()) {
            throw row.error("the id \"" + id + "\" must be lowercase letters, digits and single hyphens, "
                    + "like nikol-pashinyan");
        }
        String kindName = row.required("kind");
        Kind kind = Kind.parse(kindName).orElseThrow(() -> row.error("unknown kind \"" + kindName
                + "\"; use one of " + Kind.labels()));
        String qid = row.get("wikidata");
        if (!qid.isEmpty() && !Entity.QID.matcher(qid).matches()) {
            throw row.error("expected a Wikidata id like Q123, found \"" + qid + "\"");
        }
        String source = row.get("source");
        if (!qid.isEmpty() && source.isEmpty()) {
            throw row.error("the Wikidata id " + qid + " has no source; name the public source that confirms it "
                    + "in column source, or leave the id out");
        }
        String country = row.get("country");
        return new Entity(id, kind, row.required("label"), row.list("aliases"), row.list("demonyms"),
                row.list("metonyms"), country.isEmpty() ? null : country, qid.isEmpty() ? null : qid,
                source.isEmpty() ? null : source, coordinates(row));
    }

    private static Coordinates coordinates(CsvRow row) {
        String lat = row.header().containsKey("lat") ? row.get("lat") : "";
        String lon = row.header().containsKey("lon") ? row.get("lon") : "";
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            throw row.error("give both lat and lon, or neither");
        }
        try {
            return new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (IllegalArgumentException e) {
            throw row.error("lat \"" + lat + "\" and lon \"" + lon + "\" must be decimal degrees, latitude from -90 to 90 "
                    + "and longitude from -180 to 180, like 40.18,44.51");
        }
    }

    /**
     * A label or alias names one entity; a demonym belongs to one entity. A metonym may be another
     * entity's name ("Baku" the city stands for Azerbaijan's government): the recogniser decides
     * from the context.
     */
    private static void checkNames(List<Entity> entities, Map<String, CsvRow> rowById) {
        Map<String, Entity> names = new HashMap<>();
        Map<String, Entity> demonyms = new HashMap<>();
        for (Entity e : entities) {
            List<String> own = new ArrayList<>(e.aliases());
            own.add(0, e.label());
            for (String name : own) {
                claim(names, name, e, "name", rowById);
            }
            for (String demonym : e.demonyms()) {
                claim(demonyms, demonym, e, "demonym", rowById);
            }
        }
    }

    private static void claim(Map<String, Entity> taken, String name, Entity e, String what,
            Map<String, CsvRow> rowById) {
        String key = Names.key(name);
        if (Names.tokens(name).stream().noneMatch(Token::isWord)) {
            throw rowById.get(e.id()).error("the " + what + " \"" + name + "\" has no letters or digits");
        }
        Entity other = taken.putIfAbsent(key, e);
        if (other != null && other != e) {
            throw rowById.get(e.id()).error("the " + what + " \"" + name + "\" is also a " + what + " of \""
                    + other.id() + "\" (" + where(rowById.get(other.id())) + "); a " + what
                    + " must belong to one entity: remove it from one of them");
        }
    }

    private static String where(CsvRow row) {
        return Locations.describe(row.file()) + " line " + row.line();
    }
}
