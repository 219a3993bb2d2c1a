package org.newsgraph.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes HTML in which every text and attribute value is escaped: the only way to put a value into a
 * page is {@link #text(String)} or an attribute of {@link #open(String, String...)}; tag and
 * attribute names must be plain lower-case words, as the code spells them, never data.
 *
 * <pre>{@code
 * Html html = new Html();
 * html.open("p", "class", "note").text(untrusted).close();
 * html.link("/workbench/entity/armenia", "Armenia");
 * String page = html.toString();
 * }</pre>
 */
final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs; a {@code null} value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        start(tag, attributes);
        open.push(tag);
        return this;
    }

    /** An element without content or end tag ({@code meta}, {@code link}, {@code input}, {@code br}). */
    Html empty(String tag, String... attributes) {
        start(tag, attributes);
        return this;
    }

    /**
     * An SVG element without content ({@code path}, {@code circle}, {@code line}, {@code rect}): in HTML,
     * SVG elements are closed only by {@code />} or an end tag, never implied.
     */
    Html shape(String tag, String... attributes) {
        start(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    private void start(String tag, String... attributes) {
        name(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"");
                escape(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
    }

    /** Closes the innermost open element. */
    Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Escaped text. */
    Html text(String text) {
        escape(text == null ? "" : text);
        return this;
    }

    /** An element holding only {@code text}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** A link. */
    Html link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Markup the code wrote itself (the doctype), never data. */
    Html markup(String constant) {
        out.append(constant);
        return this;
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The page; every element must be closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return out.toString();
    }
}
