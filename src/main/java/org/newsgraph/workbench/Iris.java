package org.newsgraph.workbench;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Checks an IRI a request names before it is bound into a query: an absolute IRI without the
 * characters an IRI may not hold (spaces, quotes, angle brackets …). Anything else names no entity.
 *
 * <pre>{@code
 * Iris.plausible("https://w3id.org/newsgraph/id/entity/armenia")   // true
 * Iris.plausible("\"><img src=x>")                                 // false
 * }</pre>
 */
final class Iris {
    private Iris() {
    }

    static boolean plausible(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
        }
        try {
            return IRIx.create(iri).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
