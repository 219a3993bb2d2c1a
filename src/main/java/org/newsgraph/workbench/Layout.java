package org.newsgraph.workbench;

import java.util.function.Consumer;

/**
 * The frame of every workbench page: a skip link, a header with the navigation, a {@code main}
 * landmark holding the page's content, and one stylesheet; no script.
 *
 * <pre>{@code
 * String page = Layout.page("Armenia", html -> html.element("h1", "Armenia"));
 * }</pre>
 */
final class Layout {
    private static final String[][] NAV = {
        {Links.HOME, "Search"}, {Links.DISAGREEMENTS, "Who says what"}, {Links.TIMELINE, "Timeline"}, {Links.MAP, "Map"},
    };

    private Layout() {
    }

    /**
     * The note a page that reads mentions shows on a lean dataset instead of nothing: the dataset keeps no
     * mentions, so {@code what} is not known; build with the full profile to see it.
     */
    static void leanNote(Html html, String what) {
        html.element("p", "This dataset is lean (built with --profile lean): it keeps the statements but not the "
                + "mentions, so " + what + " Build it with --profile full (the default) to see them.", "class", "lean");
    }

    /** The page titled {@code title} ("… · newsgraph workbench") with {@code content} in its {@code main}. */
    static String page(String title, Consumer<Html> content) {
        Html html = new Html();
        html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · newsgraph workbench")
                .empty("link", "rel", "icon", "href", "data:,")
                .empty("link", "rel", "stylesheet", "href", Links.STYLE)
                .close()
                .open("body")
                .link("#main", "Skip to content", "class", "skip")
                .open("header").open("nav", "aria-label", "Workbench").open("ul")
                .open("li").link(Links.HOME, "newsgraph workbench", "class", "brand").close();
        for (String[] item : NAV) {
            html.open("li").link(item[0], item[1]).close();
        }
        html.open("li").link("/", "SPARQL").close();
        html.close().close().close();
        html.open("main", "id", "main", "tabindex", "-1");
        content.accept(html);
        html.close().close().close();
        return html.toString();
    }
}
