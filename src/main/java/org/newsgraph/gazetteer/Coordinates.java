package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.Locale;

/**
 * A place's position, WGS84 decimal degrees.
 *
 * <pre>{@code
 * Coordinates yerevan = new Coordinates(40.1811507355, 44.5135513904);
 * yerevan.wkt();   // "POINT(44.5135513904 40.1811507355)" (longitude first, as GeoSPARQL wants)
 * }</pre>
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record Coordinates(double lat, double lon) implements Serializable {
    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }

    /** The point as a GeoSPARQL WKT literal's text. */
    public String wkt() {
        return String.format(Locale.ROOT, "POINT(%s %s)", plain(lon), plain(lat));
    }

    /** The great-circle distance to another point, in kilometres. */
    public double kilometresTo(Coordinates other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A number without exponent or trailing zeros. */
    static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
