package org.newsgraph.workbench;

import java.util.List;
import java.util.Locale;

/**
 * The map: the places of the dataset that have coordinates, drawn as SVG on the server over Natural
 * Earth's countries ({@link Basemap}), each a link to its page, sized by the articles that mention it
 * and ringed when articles place events there; the same places as a table below. No tiles, no
 * script, nothing from another origin.
 *
 * <pre>{@code
 * String page = MapPage.render(queries);
 * }</pre>
 */
final class MapPage {
    /** A place on the map. */
    record Place(String iri, String label, String kind, double lat, double lon, long articles, long events) {
    }

    static final int WIDTH = 1000;

    private MapPage() {
    }

    static List<Place> places(WorkbenchQueries queries) {
        return queries.select("places").stream()
                .map(r -> new Place(r.iri("place"), r.text("label"), r.text("kind"), r.decimal("lat"), r.decimal("long"),
                        r.number("articles", 0), r.number("events", 0)))
                .filter(p -> !Double.isNaN(p.lat()) && !Double.isNaN(p.lon()))
                .toList();
    }

    static String render(WorkbenchQueries queries) {
        List<Place> places = places(queries);
        return Layout.page("Map", html -> {
            html.element("h1", "Map");
            html.element("p", "Places with coordinates; a larger dot is mentioned by more articles, a ringed one is "
                    + "where articles place events. Basemap: Natural Earth (public domain).", "class", "hint");
            if (places.isEmpty()) {
                html.element("p", "No place of this dataset has coordinates.");
                return;
            }
            new Projection(places).draw(html);
            html.element("h2", "Places", "id", "places");
            html.open("table", "aria-describedby", "places").open("thead").open("tr");
            for (String column : new String[] {"Place", "Kind", "Latitude", "Longitude", "Articles", "Events"}) {
                html.element("th", column, "scope", "col");
            }
            html.close().close().open("tbody");
            for (Place p : places) {
                html.open("tr").open("td").link(Links.entity(p.iri()), p.label()).close().element("td", p.kind())
                        .element("td", format(p.lat()), "class", "number").element("td", format(p.lon()), "class", "number")
                        .element("td", Long.toString(p.articles()), "class", "number")
                        .element("td", Long.toString(p.events()), "class", "number").close();
            }
            html.close().close();
        });
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** An equirectangular projection of the places' surroundings onto {@link #WIDTH} pixels. */
    private static final class Projection {
        private final double west;
        private final double east;
        private final double south;
        private final double north;
        private final double scale;
        private final int height;
        private final List<Place> places;

        Projection(List<Place> places) {
            this.places = places;
            double w = places.stream().mapToDouble(Place::lon).min().orElse(0);
            double e = places.stream().mapToDouble(Place::lon).max().orElse(0);
            double s = places.stream().mapToDouble(Place::lat).min().orElse(0);
            double n = places.stream().mapToDouble(Place::lat).max().orElse(0);
            double padLon = Math.max(2, (e - w) * 0.1);
            double padLat = Math.max(1.5, (n - s) * 0.1);
            this.west = Math.max(-180, w - padLon);
            this.east = Math.min(180, e + padLon);
            this.south = Math.max(-85, s - padLat);
            this.north = Math.min(85, n + padLat);
            double cos = Math.cos(Math.toRadians((south + north) / 2));
            this.scale = WIDTH / ((east - west) * cos);
            this.height = (int) Math.min(1200, Math.ceil((north - south) * scale));
        }

        private double x(double lon) {
            return (lon - west) * (WIDTH / (east - west));
        }

        private double y(double lat) {
            return (north - lat) * scale;
        }

        void draw(Html html) {
            html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewbox", "0 0 " + WIDTH + " " + height,
                    "class", "map", "role", "group", "aria-labelledby", "map-title");
            html.element("title", "Map of " + places.size() + " places", "id", "map-title");
            html.shape("rect", "x", "0", "y", "0", "width", Integer.toString(WIDTH), "height", Integer.toString(height),
                    "class", "sea");
            StringBuilder d = new StringBuilder();
            for (double[] ring : Basemap.rings()) {
                if (visible(ring)) {
                    for (int i = 0; i < ring.length; i += 2) {
                        d.append(i == 0 ? 'M' : 'L').append(fmt(x(ring[i]))).append(',').append(fmt(y(ring[i + 1])));
                    }
                    d.append('Z');
                }
            }
            html.shape("path", "d", d.toString(), "class", "land");
            for (Place p : places) {
                double r = 4 + Math.min(14, Math.sqrt(p.articles()) * 2);
                String cx = fmt(x(p.lon()));
                String cy = fmt(y(p.lat()));
                html.open("a", "href", Links.entity(p.iri()), "class", "place");
                html.element("title", p.label() + ": " + p.articles() + " articles, " + p.events() + " events");
                if (p.events() > 0) {
                    html.shape("circle", "cx", cx, "cy", cy, "r", fmt(r + 4), "class", "events");
                }
                html.shape("circle", "cx", cx, "cy", cy, "r", fmt(r), "class", "dot");
                html.element("text", p.label(), "x", fmt(x(p.lon()) + r + 3), "y", fmt(y(p.lat()) + 4));
                html.close();
            }
            html.close();
        }

        private boolean visible(double[] ring) {
            double minLon = 999;
            double maxLon = -999;
            double minLat = 999;
            double maxLat = -999;
            for (int i = 0; i < ring.length; i += 2) {
                minLon = Math.min(minLon, ring[i]);
                maxLon = Math.max(maxLon, ring[i]);
                minLat = Math.min(minLat, ring[i + 1]);
                maxLat = Math.max(maxLat, ring[i + 1]);
            }
            return maxLon >= west && minLon <= east && maxLat >= south && minLat <= north;
        }

        private static String fmt(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
