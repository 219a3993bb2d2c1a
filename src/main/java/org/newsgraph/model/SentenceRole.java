package org.newsgraph.model;

/**
 * The role of a sentence that is not story text, as the graph writes it ({@code ng:role}): the layout
 * stage tells the headline, bullets and section headers by the shape of their lines, the person finder
 * the byline and credit lines by their cues ({@code credit-cues.csv}) and the names after them, the fact
 * extractor the dateline. A sentence has at most one role; body text has none.
 *
 * <pre>{@code
 * SentenceRole.HEADLINE.label();   // "headline"
 * }</pre>
 */
public enum SentenceRole {
    /** The first line of the text, standing alone and not ending as a sentence does. */
    HEADLINE("headline"),
    /** A line that starts with a bullet mark. */
    BULLET("bullet"),
    /** A short line in capitals: a section header. */
    SECTION("section"),
    /** The line that names the article's authors ("By Jane Doe"). */
    BYLINE("byline"),
    /** A credit line ("(Reporting by …; Editing by …)"). */
    CREDIT("credit"),
    /** The sentence that starts with the dateline ("TBILISI, Sept 13 (Reuters) -"). */
    DATELINE("dateline");

    private final String label;

    SentenceRole(String label) {
        this.label = label;
    }

    /** The name written to the graph and used in queries. */
    public String label() {
        return label;
    }
}
