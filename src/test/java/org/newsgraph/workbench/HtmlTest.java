package org.newsgraph.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML writer escapes every value, in text and in attributes, and takes no name from data. */
class HtmlTest {
    @Test
    void escapesTextAndAttributeValues() {
        Html html = new Html();
        html.open("p", "title", "\"><script>x</script>'").text("<b>&'\"</b>").close();
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;\">&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;</p>",
                html.toString());
    }

    @Test
    void refusesNamesThatAreNotPlainWords() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "on click", "x"));
        assertThrows(IllegalStateException.class, () -> new Html().open("p").toString());
    }

    @Test
    void marksSpansInCodePoints() {
        Html html = new Html();
        Highlighter.write(html, "𝔸 Armenia <x>", List.of(new Highlighter.Span(2, 9, null, null),
                new Highlighter.Span(10, 13, "/e?a=1&b=2", "t\"")));
        assertEquals("𝔸 <mark>Armenia</mark> <a href=\"/e?a=1&amp;b=2\" class=\"mention\" title=\"t&quot;\">&lt;x&gt;</a>",
                html.toString());
    }

    @Test
    void closesSvgShapesThemselves() {
        Html html = new Html();
        html.open("svg").shape("circle", "r", "2").element("text", "a<b").close();
        assertEquals("<svg><circle r=\"2\"/><text>a&lt;b</text></svg>", html.toString());
    }
}
