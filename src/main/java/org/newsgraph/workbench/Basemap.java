package org.newsgraph.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The map's basemap: Natural Earth's countries at 1:50m (public domain), shipped in the jar as
 * GeoJSON ({@code workbench/basemap/countries-50m.geojson}, made by {@code src/tools/natural-earth-basemap.py}
 * from the npm package world-atlas), read once, as rings of longitude, latitude pairs.
 *
 * <pre>{@code
 * for (double[] ring : Basemap.rings()) { ... ring[2 * i] is a longitude, ring[2 * i + 1] a latitude ... }
 * }</pre>
 */
final class Basemap {
    static final String RESOURCE = "workbench/basemap/countries-50m.geojson";

    private Basemap() {
    }

    /** Every ring of every country, as {@code lon0, lat0, lon1, lat1, …}. */
    static List<double[]> rings() {
        return Holder.RINGS;
    }

    private static final class Holder {
        static final List<double[]> RINGS = load();

        private static List<double[]> load() {
            JsonObject collection;
            try (InputStream in = Basemap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                collection = JSON.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            List<double[]> rings = new ArrayList<>();
            for (JsonValue feature : collection.get("features").getAsArray()) {
                for (JsonValue polygon : feature.getAsObject().getObj("geometry").get("coordinates").getAsArray()) {
                    for (JsonValue ring : polygon.getAsArray()) {
                        JsonArray points = ring.getAsArray();
                        double[] coords = new double[points.size() * 2];
                        for (int i = 0; i < points.size(); i++) {
                            JsonArray point = points.get(i).getAsArray();
                            coords[2 * i] = point.get(0).getAsNumber().value().doubleValue();
                            coords[2 * i + 1] = point.get(1).getAsNumber().value().doubleValue();
                        }
                        rings.add(coords);
                    }
                }
            }
            return List.copyOf(rings);
        }
    }
}
