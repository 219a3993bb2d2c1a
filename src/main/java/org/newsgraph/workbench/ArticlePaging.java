package org.newsgraph.workbench;

import java.util.Locale;

/**
 * One page of a list drawn from a query that answers one page of articles at a time (who says what): the
 * query's page of articles from {@link #offset()} (the request's {@code offset}, a non-negative integer rounded
 * down to a whole page of articles; anything else the first), and within its rows the {@link Paging} page
 * (the request's {@code page}). The links lead to the next page of rows, or, after the last, to the next page
 * of articles.
 *
 * <pre>{@code
 * ArticlePaging at = ArticlePaging.of(request.getParameter("offset"), request.getParameter("page"), 1000);
 * List<Row> rows = queries.select(name, at.offset(), Map.of(), at.rows().fetch(), at.rows().offset());
 * }</pre>
 */
record ArticlePaging(long offset, int size, Paging rows) {
    private static final long LAST = 1_000_000_000L;

    ArticlePaging {
        size = Math.max(1, size);
        offset = Math.max(0, Math.min(LAST, offset)) / size * size;
    }

    static ArticlePaging of(String offset, String page, int size) {
        long articles;
        try {
            articles = offset == null ? 0 : Long.parseLong(offset.strip());
        } catch (NumberFormatException e) {
            articles = 0;
        }
        return new ArticlePaging(articles, size, Paging.of(page));
    }

    /** Whether this is the first page of rows of the first page of articles. */
    boolean first() {
        return offset == 0 && rows.page() == 1;
    }

    /** The first and last article of the page, counted from 1, for the reader. */
    String articles() {
        return String.format(Locale.ROOT, "articles %,d to %,d", offset + 1, offset + size);
    }

    /**
     * Writes the links to the previous and next pages of {@code base}: {@code moreRows} when the page of articles
     * has rows after these, {@code articles} the articles of the dataset.
     */
    void write(Html html, String base, boolean moreRows, long articles) {
        boolean moreArticles = offset + size < articles;
        if (first() && !moreRows && !moreArticles) {
            return;
        }
        html.open("nav", "aria-label", "Pages", "class", "pages")
                .text("Claim 1 in " + articles() + ", page " + rows.page() + " ");
        if (rows.page() > 1 || offset > 0) {
            String previous = rows.page() > 1 ? link(base, offset, rows.page() - 1) : link(base, offset - size, 1);
            html.link(previous, "previous", "rel", "prev").text(moreRows || moreArticles ? " " : "");
        }
        if (moreRows) {
            html.link(link(base, offset, rows.page() + 1), "next", "rel", "next");
        } else if (moreArticles) {
            html.link(link(base, offset + size, 1), "next", "rel", "next");
        }
        html.close();
    }

    private static String link(String base, long offset, int page) {
        return base + (base.contains("?") ? "&" : "?") + "offset=" + offset + "&page=" + page;
    }
}
