package org.newsgraph.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * A SELECT answer as a text table for reading: one row a line, as a Markdown table. IRIs are
 * shortened with prefixes ({@code entity:armenia}, {@code wd:Q399}); literals show as their text
 * ({@code Armenia}, {@code 2022-09-13}, {@code Bonjour@fr}), line breaks as spaces. When the table
 * would be wider than the width, the widest columns are narrowed to share what is left and their
 * long values are cut with an ellipsis ({@value #ELLIPSIS}); narrow columns and the headers are
 * never cut. CSV, TSV and JSON answers keep every value whole.
 *
 * <pre>{@code
 * TextTable table = TextTable.builder().prefixes(Prefixes.of(iris)).width(160).build();
 * TextTable.Written w = table.write(resultSet, System.out);
 * w.cut();   // whether a value was shortened to fit
 * }</pre>
 */
public final class TextTable {
    /** The default width of a table, in characters. */
    public static final int DEFAULT_WIDTH = 160;
    /** What ends a cut value. */
    public static final String ELLIPSIS = "\u2026";
    /** The narrowest a column is made, unless its header or values are narrower. */
    private static final int MIN_COLUMN = 8;
    /** The characters a prefixed name's local part may hold here (slashes too: this is for reading). */
    private static final Pattern LOCAL_PART = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-.:/%~]*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

    private final PrefixMapping prefixes;
    private final List<Map.Entry<String, String>> namespaces;
    private final int width;

    private TextTable(Builder b) {
        this.prefixes = b.prefixes;
        // longest namespace first, so that the most specific prefix wins
        this.namespaces = b.prefixes.getNsPrefixMap().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
                .toList();
        this.width = b.width;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The prefixes IRIs are shortened with. */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /**
     * What writing a table gave.
     *
     * @param rows the rows written
     * @param cut  whether a value was cut to fit the width
     */
    public record Written(long rows, boolean cut) {
    }

    /** Writes the rows of {@code results} as a table to {@code out} (UTF-8). */
    public Written write(ResultSet results, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                RDFNode value = solution.get(vars.get(i));
                row[i] = value == null ? "" : show(value.asNode());
            }
            rows.add(row);
        }
        int[] widths = widths(vars, rows);
        boolean[] cut = {false};
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(line(vars.toArray(String[]::new), widths, cut));
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('|');
        }
        w.println(rule);
        for (String[] row : rows) {
            w.println(line(row, widths, cut));
        }
        w.flush();
        return new Written(rows.size(), cut[0]);
    }

    /** A value as the table shows it. */
    String show(Node node) {
        String text;
        if (node.isURI()) {
            text = abbreviate(node.getURI());
        } else if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            text = node.getLiteralLexicalForm() + (lang == null || lang.isEmpty() ? "" : "@" + lang);
        } else if (node.isBlank()) {
            text = "_:" + node.getBlankNodeLabel();
        } else {
            text = node.toString();
        }
        return SPACE.matcher(text).replaceAll(" ").strip().replace("|", "\\|");
    }

    private String abbreviate(String iri) {
        for (Map.Entry<String, String> ns : namespaces) {
            if (iri.startsWith(ns.getValue())) {
                String local = iri.substring(ns.getValue().length());
                if (LOCAL_PART.matcher(local).matches()) {
                    return ns.getKey() + ":" + local;
                }
            }
        }
        return "<" + iri + ">";
    }

    /**
     * The width of each column: what its longest value needs when the table fits; otherwise the
     * columns wider than an even share are narrowed to what the narrower ones leave them.
     */
    private int[] widths(List<String> vars, List<String[]> rows) {
        int n = vars.size();
        int[] natural = new int[n];
        int[] least = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = length(vars.get(i));
            for (String[] row : rows) {
                natural[i] = Math.max(natural[i], length(row[i]));
            }
            least[i] = Math.min(natural[i], Math.max(length(vars.get(i)), MIN_COLUMN));
        }
        int room = width - (3 * n + 1);
        if (width <= 0 || sum(natural) <= room) {
            return natural;
        }
        // The largest cap such that the columns, each at most the cap (and at least its least), fit.
        int low = 0;
        int high = max(natural);
        while (low < high) {
            int cap = (low + high + 1) / 2;
            if (capped(natural, least, cap) <= room) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(least[i], Math.min(natural[i], low));
        }
        // Integer caps leave a few characters over: give them to the columns still cut, left to right.
        int spare = room - sum(widths);
        for (int i = 0; i < n && spare > 0; i++) {
            int more = Math.min(spare, natural[i] - widths[i]);
            widths[i] += more;
            spare -= more;
        }
        return widths;
    }

    private static int capped(int[] natural, int[] least, int cap) {
        int total = 0;
        for (int i = 0; i < natural.length; i++) {
            total += Math.max(least[i], Math.min(natural[i], cap));
        }
        return total;
    }

    private static String line(String[] cells, int[] widths, boolean[] cut) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            int length = length(cell);
            if (length > widths[i]) {
                cell = cell.substring(0, cell.offsetByCodePoints(0, Math.max(0, widths[i] - 1))) + ELLIPSIS;
                length = widths[i];
                cut[0] = true;
            }
            b.append(' ').append(cell).append(" ".repeat(widths[i] - length)).append(" |");
        }
        return b.toString();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static int max(int[] values) {
        int most = 0;
        for (int v : values) {
            most = Math.max(most, v);
        }
        return most;
    }

    /** Options of a table; {@link #build()} makes it. */
    public static final class Builder {
        private PrefixMapping prefixes = PrefixMapping.Factory.create();
        private int width = DEFAULT_WIDTH;

        private Builder() {
        }

        /** The prefixes IRIs are shortened with; default none. */
        public Builder prefixes(PrefixMapping prefixes) {
            this.prefixes = Objects.requireNonNull(prefixes);
            return this;
        }

        /** The prefixes IRIs are shortened with, prefix to namespace; default none. */
        public Builder prefixes(Map<String, String> prefixes) {
            return prefixes(PrefixMapping.Factory.create().setNsPrefixes(prefixes));
        }

        /** The widest a table gets, in characters, or 0 for no limit (nothing is cut); default {@value TextTable#DEFAULT_WIDTH}. */
        public Builder width(int width) {
            if (width < 0) {
                throw new IllegalArgumentException("width must be 0 or more, not " + width);
            }
            this.width = width;
            return this;
        }

        public TextTable build() {
            return new TextTable(this);
        }
    }
}
