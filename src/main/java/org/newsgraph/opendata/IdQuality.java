package org.newsgraph.opendata;

/**
 * How far a row's Wikidata id can be trusted, written in the {@code id_quality} column.
 *
 * <pre>{@code
 * IdQuality.CONFIRMED.label();   // "confirmed"
 * }</pre>
 */
public enum IdQuality {
    /** Two independent sources give the same id. */
    CONFIRMED("confirmed"),
    /** One source gives the id. */
    SINGLE("single"),
    /** The sources disagree; the row carries no id. */
    CONFLICT("conflict"),
    /** No source gives an id. */
    NONE("none");

    private final String label;

    IdQuality(String label) {
        this.label = label;
    }

    /** The word written in the file. */
    public String label() {
        return label;
    }

    /** Whether a row of this quality carries its Wikidata id. */
    public boolean carriesId() {
        return this == CONFIRMED || this == SINGLE;
    }
}
