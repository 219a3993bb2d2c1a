package org.newsgraph.validate;

import java.util.Objects;

/**
 * The outcome of a check of a dataset: whether it conforms, how many resources (or terms) were
 * checked, how many problems were found, and a readable text listing them, grouped by problem,
 * with focus nodes shortened by the dataset's prefixes and capped at {@value #MAX_LINES} lines.
 *
 * <pre>{@code
 * ValidationReport report = ShapeValidator.load(Path.of("ontology/shapes.ttl")).validate(dsg);
 * if (!report.conforms()) {
 *     System.out.println(report.text());
 * }
 * }</pre>
 *
 * @param conforms whether no problem was found
 * @param checked how many resources (for shapes) or distinct {@code ng:} terms (for the ontology) were checked
 * @param problems how many problems were found; 0 exactly when {@code conforms}
 * @param text the report: one line {@code conforms: …} or a header line and the grouped problems
 */
public record ValidationReport(boolean conforms, int checked, int problems, String text) {
    /** The most lines {@link #text()} has; further problems are summed up as "… N more". */
    public static final int MAX_LINES = 50;

    public ValidationReport {
        Objects.requireNonNull(text, "text");
        if (checked < 0 || problems < 0) {
            throw new IllegalArgumentException("negative count: checked " + checked + ", problems " + problems);
        }
        if (conforms != (problems == 0)) {
            throw new IllegalArgumentException("conforms is " + conforms + " but problems is " + problems);
        }
    }

    /** The first line of {@link #text()}: {@code conforms: …} or {@code does not conform: …}. */
    public String summary() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
