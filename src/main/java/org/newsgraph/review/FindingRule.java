package org.newsgraph.review;

/**
 * How a mention of a person the gazetteer does not know was found, told from its surroundings;
 * the labels are the person finder's rule names, plus {@code person-surname} for a later
 * mention of the surname alone. A mention of another kind of entity takes the rule the
 * pipeline reports for it.
 *
 * <pre>{@code
 * FindingRule.TITLE.label();        // "person-title"
 * FindingRule.TITLE.isRoleCue();    // true
 * }</pre>
 */
public enum FindingRule {
    /** After a title: "Defence Minister Hulusi Akar". */
    TITLE("person-title", true),
    /** Before a title in apposition: "Laurence Broers, a research associate". */
    APPOSITION("person-apposition", true),
    /** In a byline or credit line: "By Jane Smith", "(Editing by …)". */
    CREDIT("person-credit", true),
    /** Named as author by the article's metadata (manifest, page or batch record). */
    MANIFEST("person-manifest", true),
    /** Before a speech verb: "…, Lajčák said". */
    SPEAKER("person-speaker", false),
    /** After "according to". */
    ACCORDING_TO("person-according-to", false),
    /** A later mention of a found person's surname alone. */
    SURNAME("person-surname", false),
    /** None of the shapes above; the pipeline's own rule name is used instead. */
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
