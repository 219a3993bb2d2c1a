package org.newsgraph.review;

/**
 * How an entity the gazetteer does not know was found in the text; the values of the review's
 * {@code rule} column. They mirror the shapes {@link org.newsgraph.extract.PersonFinder} looks for.
 *
 * <pre>{@code
 * FindingRule.TITLE.label();        // "title"
 * FindingRule.TITLE.isRoleCue();    // true
 * }</pre>
 */
public enum FindingRule {
    /** After a title: "Defence Minister Hulusi Akar". */
    TITLE("title", true),
    /** Before a title in apposition: "Laurence Broers, a research associate". */
    APPOSITION("apposition", true),
    /** In a byline: "By Jane Smith". */
    BYLINE("byline", true),
    /** In a credit line: "(Additional reporting by …; Editing by …)". */
    CREDIT_LINE("credit-line", true),
    /** Named as author by the article's metadata (manifest, page or batch record). */
    ARTICLE_METADATA("article-metadata", true),
    /** Before a speech verb: "…, Lajčák said". */
    SPEECH_VERB("speech-verb", false),
    /** After "according to". */
    ACCORDING_TO("according-to", false),
    /** A later mention of a found person's surname alone. */
    SURNAME("surname", false),
    /** None of the shapes above: a stage the review does not know added it. */
    OTHER("other", false);

    private final String label;
    private final boolean roleCue;

    FindingRule(String label, boolean roleCue) {
        this.label = label;
        this.roleCue = roleCue;
    }

    /** The name written in the {@code rule} column. */
    public String label() {
        return label;
    }

    /** Whether the rule saw a title or a credit role next to the name, which makes a person likely. */
    public boolean isRoleCue() {
        return roleCue;
    }
}
