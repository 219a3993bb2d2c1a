package org.newsgraph.article;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML news page read with jsoup: the metadata the page states and the text of its article.
 *
 * <ul>
 *   <li>title: {@code meta[property=og:title]}, else the first {@code h1}, else {@code <title>};</li>
 *   <li>authors: {@code meta[name=author]}, else {@code meta[property=article:author]} (names, not
 *       profile addresses), else elements with class or itemprop {@code author} or {@code byline}
 *       ("By A and B" gives A and B);</li>
 *   <li>date: {@code meta[property=article:published_time]}, {@code meta[name=date]} or
 *       {@code time[datetime]}, an ISO date or date-time;</li>
 *   <li>url: {@code link[rel=canonical]} or {@code meta[property=og:url]};</li>
 *   <li>publisher: {@code meta[property=og:site_name]};</li>
 *   <li>text: the {@code article} element, else {@code main}, else {@code body}, without scripts,
 *       styles, navigation, headers, footers, asides, forms and figures; every paragraph, heading
 *       and list item on a line of its own, blocks separated by a blank line.</li>
 * </ul>
 *
 * <pre>{@code
 * HtmlPage page = HtmlPage.parse(file, html, ArticleMetadata.unknown(), warnings);
 * Article article = new Article("a1", "a1.html", page.text(), page.metadata());
 * }</pre>
 *
 * @param text     the article's text, as the pipeline will read it (offsets point into it)
 * @param metadata what the page says, with every value the manifest gave taking precedence
 */
record HtmlPage(String text, ArticleMetadata metadata) {
    /** Elements that are never part of the story. */
    private static final String NOT_STORY = "script, style, noscript, template, nav, header, footer, aside, form, figure";
    /** Elements that start a line of text of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr",
            "caption", "address", "hr", "details", "summary", "figcaption", "center");
    /** Elements between whose contents a space belongs. */
    private static final Set<String> CELLS = Set.of("td", "th");

    /**
     * Reads a page.
     *
     * @param file     the page's file, for messages
     * @param html     its markup
     * @param manifest what the manifest says about it; a value given there is not looked for in the page
     * @param warnings where a page value that cannot be used (a bad date, a bad address) is reported
     */
    static HtmlPage parse(Path file, String html, ArticleMetadata manifest, Warnings warnings) {
        Document doc = Jsoup.parse(html);
        String title = manifest.title() != null ? manifest.title() : title(doc);
        List<String> authors = !manifest.authors().isEmpty() ? manifest.authors() : authors(doc);
        LocalDate date = manifest.published() != null ? manifest.published() : date(file, doc, warnings);
        String url = manifest.url() != null ? manifest.url() : url(file, doc, warnings);
        String publisher = manifest.publisher() != null ? manifest.publisher()
                : blankToNull(attr(doc, "meta[property=og:site_name]", "content"));
        return new HtmlPage(text(doc), new ArticleMetadata(title, publisher, url, date, authors));
    }

    private static String title(Document doc) {
        String og = blankToNull(attr(doc, "meta[property=og:title]", "content"));
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return blankToNull(doc.title());
    }

    private static List<String> authors(Document doc) {
        List<String> names = new ArrayList<>();
        doc.select("meta[name=author]").forEach(m -> names.addAll(split(m.attr("content"))));
        if (names.isEmpty()) {
            for (Element m : doc.select("meta[property=article:author]")) {
                String value = m.attr("content");
                if (!value.contains("://")) {
                    names.addAll(split(value));
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select(".author, .byline, [itemprop=author], [itemprop=byline]")) {
                names.addAll(split(e.hasAttr("content") ? e.attr("content") : e.text()));
            }
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** "By A, B and C" → A, B, C. */
    private static List<String> split(String byline) {
        String names = byline.strip();
        if (names.toLowerCase(Locale.ROOT).startsWith("by ")) {
            names = names.substring(3);
        }
        List<String> out = new ArrayList<>();
        for (String name : names.split("\\s*(?:,|\\||&|\\band\\b)\\s*")) {
            String n = name.strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static LocalDate date(Path file, Document doc, Warnings warnings) {
        String[][] sources = {
            {"meta[property=article:published_time]", "content"},
            {"meta[name=date]", "content"},
            {"time[datetime]", "datetime"},
        };
        for (String[] source : sources) {
            String value = attr(doc, source[0], source[1]);
            if (value.isBlank()) {
                continue;
            }
            try {
                return MetadataValues.date(value);
            } catch (DateTimeException e) {
                warnings.warn(file, 0, "the date \"" + value + "\" of " + source[0] + " is not "
                        + MetadataValues.DATE_FORM + " or an ISO date-time", "ignored",
                        "correct it in the page or give the date in " + ArticleLoader.MANIFEST);
            }
        }
        return null;
    }

    private static String url(Path file, Document doc, Warnings warnings) {
        String[][] sources = {{"link[rel=canonical]", "href"}, {"meta[property=og:url]", "content"}};
        for (String[] source : sources) {
            String value = attr(doc, source[0], source[1]).strip();
            if (value.isEmpty()) {
                continue;
            }
            String problem = MetadataValues.urlProblem(value).orElse(null);
            if (problem == null) {
                return value;
            }
            warnings.warn(file, 0, "the address \"" + value + "\" of " + source[0] + " is not a valid absolute address ("
                    + problem + ")", "ignored", "correct it in the page or give the url in " + ArticleLoader.MANIFEST);
        }
        return null;
    }

    /** The story's text: metadata has been read, so the page's furniture can go. */
    private static String text(Document doc) {
        doc.select(NOT_STORY).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, root);
        return lines.text();
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects text block by block: a block's text is one line ({@code br} breaks it), blocks are paragraphs. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder block = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendCollapsed(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    block.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    endBlock();
                } else if (CELLS.contains(tag)) {
                    block.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endBlock();
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (block.length() > 0 && block.charAt(block.length() - 1) != ' ') {
                        block.append(' ');
                    }
                } else {
                    block.append(c);
                }
            }
        }

        private void endBlock() {
            StringBuilder lines = new StringBuilder();
            for (String line : block.toString().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    lines.append(lines.length() > 0 ? "\n" : "").append(l);
                }
            }
            block.setLength(0);
            if (lines.length() > 0) {
                text.append(text.length() > 0 ? "\n\n" : "").append(lines);
            }
        }

        String text() {
            endBlock();
            return text.length() == 0 ? "" : text + "\n";
        }
    }
}
