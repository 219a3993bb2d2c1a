package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a report: a header line, then each group of problems as a heading with its count and
 * one indented line per problem, at most {@link ValidationReport#MAX_LINES} lines; the problems
 * that do not fit are counted on a last line {@code … N more}.
 */
final class ReportText {
    /**
     * Problems of one kind: the heading says what is wrong, each item where.
     *
     * @param count how many problems; more than {@code items} when only examples are listed
     */
    record Group(String heading, int count, List<String> items) {
        Group {
            items = List.copyOf(items);
        }

        Group(String heading, List<String> items) {
            this(heading, items.size(), items);
        }
    }

    private ReportText() {
    }

    static String render(String header, List<Group> groups) {
        record Line(String text, boolean item) {
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(header, false));
        int items = 0;
        for (Group g : groups) {
            int n = g.count();
            lines.add(new Line(g.heading() + " (" + n + (n == 1 ? " time)" : " times)"), false));
            for (String item : g.items()) {
                lines.add(new Line("  " + item, true));
            }
            items += g.items().size();
        }
        if (lines.size() <= ValidationReport.MAX_LINES) {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
        List<Line> kept = new ArrayList<>(lines.subList(0, ValidationReport.MAX_LINES - 1));
        while (!kept.get(kept.size() - 1).item() && kept.size() > 1) {
            kept.remove(kept.size() - 1);
        }
        long shown = kept.stream().filter(Line::item).count();
        List<String> out = new ArrayList<>(kept.stream().map(Line::text).toList());
        out.add("… " + (items - shown) + " more");
        return String.join("\n", out);
    }
}
