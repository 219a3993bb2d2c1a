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
}
