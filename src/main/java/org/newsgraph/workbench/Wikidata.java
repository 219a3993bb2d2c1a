package org.newsgraph.workbench;

/**
 * Wikidata items as the workbench shows them: {@code Q399} for {@code http://www.wikidata.org/entity/Q399},
 * linked to the item's page. A link the user follows is the only way the workbench points elsewhere;
 * its pages load nothing from another origin.
 *
 * <pre>{@code
 * Wikidata.id("http://www.wikidata.org/entity/Q399")   // "Q399"
 * }</pre>
 */
final class Wikidata {
    private Wikidata() {
    }

    static String id(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The item's page. */
    static String page(String iri) {
        return "https://www.wikidata.org/wiki/" + id(iri);
    }
}
