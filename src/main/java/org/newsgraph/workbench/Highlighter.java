package org.newsgraph.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a text with some of its spans marked, each span given in Unicode code points from the text's
 * start (end exclusive), as newsgraph's offsets are. Overlapping and out-of-range spans are skipped.
 *
 * <pre>{@code
 * Highlighter.write(html, "Armenia and Azerbaijan", List.of(new Span(0, 7, null, "Armenia")));
 * }</pre>
 */
final class Highlighter {
    /**
     * A span to mark: {@code href} makes it a link, else a {@code mark}; an empty span with a
     * {@code title} is an anchor of that id.
     */
    record Span(int start, int end, String href, String title) {
    }

    private Highlighter() {
    }

    static void write(Html html, String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> s.end() == s.start() ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        int length = text.codePointCount(0, text.length());
        int at = 0;
        for (Span span : sorted) {
            if (span.start() == span.end() && span.start() >= at && span.start() <= length && span.title() != null) {
                html.text(slice(text, at, span.start())).open("span", "id", span.title()).close();
                at = span.start();
                continue;
            }
            if (span.start() < at || span.end() > length || span.end() <= span.start()) {
                continue;
            }
            html.text(slice(text, at, span.start()));
            if (span.href() == null) {
                html.element("mark", slice(text, span.start(), span.end()));
            } else {
                html.link(span.href(), slice(text, span.start(), span.end()), "class", "mention", "title", span.title());
            }
            at = span.end();
        }
        html.text(slice(text, at, length));
    }

    /** Parses "start-end start-end …" (offsets in a text that starts at {@code base}) into marks relative to it. */
    static List<Span> marks(String spans, long base) {
        List<Span> list = new ArrayList<>();
        for (String part : spans.trim().split("\\s+")) {
            int dash = part.indexOf('-');
            if (dash > 0) {
                try {
                    long start = Long.parseLong(part.substring(0, dash)) - base;
                    long end = Long.parseLong(part.substring(dash + 1)) - base;
                    list.add(new Span((int) start, (int) end, null, null));
                } catch (NumberFormatException e) {
                    // not a span: nothing to mark
                }
            }
        }
        return list;
    }

    private static String slice(String text, int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }
}
