package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pages of long lists: from a request's {@code page} parameter, whatever it holds, to an offset and links. */
class PagingTest {
    @Test
    void aPageNumberGivesTheOffsetAndAnythingElseTheFirstPage() {
        assertEquals(0, Paging.of(null).offset());
        assertEquals(0, Paging.of("x<script>").offset());
        assertEquals(0, Paging.of("-3").offset());
        assertEquals(Paging.SIZE * 2L, Paging.of("3").offset());
        assertEquals(Paging.SIZE + 1L, Paging.of("3").fetch(), "one more row than a page, to know of a next page");
    }

    @Test
    void linksToThePreviousAndNextPages() {
        Html html = new Html();
        Paging.of("2").write(html, Links.TIMELINE + "?iri=a", true);
        assertEquals("<nav aria-label=\"Pages\" class=\"pages\">Page 2 <a href=\"/workbench/timeline?iri=a&amp;page=1\" rel=\"prev\">"
                + "previous</a> <a href=\"/workbench/timeline?iri=a&amp;page=3\" rel=\"next\">next</a></nav>", html.toString());
        Html none = new Html();
        Paging.of("1").write(none, Links.DISAGREEMENTS, false);
        assertEquals("", none.toString(), "one page: no links");
    }

    @Test
    void anArticleOffsetIsANonNegativeWholePageAndAnythingElseTheFirst() {
        assertEquals(0, ArticlePaging.of(null, null, 1000).offset());
        assertEquals(0, ArticlePaging.of("x<script>", "2", 1000).offset());
        assertEquals(0, ArticlePaging.of("-1000", null, 1000).offset());
        assertEquals(0, ArticlePaging.of("99999999999999999999", null, 1000).offset());
        assertEquals(2000, ArticlePaging.of(" 2500 ", null, 1000).offset(), "rounded down to a page of articles");
        assertEquals(Paging.SIZE, ArticlePaging.of("1000", "2", 1000).rows().offset());
    }

    @Test
    void linksToTheNextRowsThenTheNextArticles() {
        Html rows = new Html();
        ArticlePaging.of("1000", "1", 1000).write(rows, Links.DISAGREEMENTS, true, 5000);
        assertEquals("<nav aria-label=\"Pages\" class=\"pages\">Claim 1 in articles 1,001 to 2,000, page 1 "
                + "<a href=\"/workbench/disagreements?offset=0&amp;page=1\" rel=\"prev\">previous</a> "
                + "<a href=\"/workbench/disagreements?offset=1000&amp;page=2\" rel=\"next\">next</a></nav>", rows.toString());
        Html articles = new Html();
        ArticlePaging.of("1000", "2", 1000).write(articles, Links.DISAGREEMENTS, false, 5000);
        assertEquals("<nav aria-label=\"Pages\" class=\"pages\">Claim 1 in articles 1,001 to 2,000, page 2 "
                + "<a href=\"/workbench/disagreements?offset=1000&amp;page=1\" rel=\"prev\">previous</a> "
                + "<a href=\"/workbench/disagreements?offset=2000&amp;page=1\" rel=\"next\">next</a></nav>", articles.toString());
        Html last = new Html();
        ArticlePaging.of("4000", "1", 1000).write(last, Links.DISAGREEMENTS, false, 5000);
        assertEquals("<nav aria-label=\"Pages\" class=\"pages\">Claim 1 in articles 4,001 to 5,000, page 1 "
                + "<a href=\"/workbench/disagreements?offset=3000&amp;page=1\" rel=\"prev\">previous</a></nav>", last.toString());
        Html none = new Html();
        ArticlePaging.of("0", "1", 1000).write(none, Links.DISAGREEMENTS, false, 2);
        assertEquals("", none.toString(), "one page of articles, one of rows: no links");
    }
}
