package org.newsgraph.workbench;

/**
 * One page of a long list (who says what, the timeline): {@link #SIZE} items from {@link #offset()};
 * the page asks for one item more than it shows to know whether a next page exists.
 *
 * <pre>{@code
 * Paging paging = Paging.of(request.getParameter("page"));   // page 1 when absent or not a number
 * List<Row> rows = queries.select(name, parameters, paging.fetch(), paging.offset());
 * }</pre>
 */
record Paging(int page) {
    /** Items on a page. */
    static final int SIZE = 50;
    private static final int LAST = 100_000;

    Paging {
        page = Math.max(1, Math.min(LAST, page));
    }

    static Paging of(String page) {
        try {
            return new Paging(page == null ? 1 : Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return new Paging(1);
        }
    }

    long offset() {
        return (long) (page - 1) * SIZE;
    }

    /** How many rows to ask for: one page and one more. */
    long fetch() {
        return SIZE + 1L;
    }

    /** Writes the links to the previous and next pages of {@code base} (a URL with or without a query). */
    void write(Html html, String base, boolean more) {
        if (page == 1 && !more) {
            return;
        }
        String join = base.contains("?") ? "&" : "?";
        html.open("nav", "aria-label", "Pages", "class", "pages").text("Page " + page + " ");
        if (page > 1) {
            html.link(base + join + "page=" + (page - 1), "previous", "rel", "prev").text(" ");
        }
        if (more) {
            html.link(base + join + "page=" + (page + 1), "next", "rel", "next");
        }
        html.close();
    }
}
