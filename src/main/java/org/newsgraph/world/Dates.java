package org.newsgraph.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the open data writes them: "2018-05-08", "2018-05", "2018", "1990s". */
final class Dates {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s");

    private Dates() {
    }

    /** The first day the value can mean, or null when it is empty or unreadable. */
    static LocalDate earliest(String value) {
        return bound(value, true);
    }

    /** The last day the value can mean, or null when it is empty or unreadable. */
    static LocalDate latest(String value) {
        return bound(value, false);
    }

    private static LocalDate bound(String value, boolean first) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            if (value.length() == 4) {
                int year = Integer.parseInt(value);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            Matcher decade = DECADE.matcher(value);
            if (decade.matches()) {
                int year = Integer.parseInt(decade.group(1)) * 10;
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year + 9, 12, 31);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
