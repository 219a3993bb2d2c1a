package org.newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes written into dumps and declared in the store, so that TriG output is readable.
 *
 * <pre>{@code
 * Prefixes.of(iris).forEach(stream::prefix);
 * }</pre>
 */
public final class Prefixes {
    static {
        // Jena must initialise before its vocabulary classes (RDF, OWL, SchemaDO) are first touched,
        // or their static fields can be read half-built when one of them is the first Jena class used.
        JenaSystem.init();
    }

    private Prefixes() {
    }

    /** Prefix to namespace, in a stable order. */
    public static Map<String, String> of(Iris iris) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ng", NG.NS);
        map.put("schema", SchemaDO.NS);
        map.put("rdf", RDF.getURI());
        map.put("rdfs", RDFS.getURI());
        map.put("owl", OWL.getURI());
        map.put("skos", SKOS.getURI());
        map.put("prov", "http://www.w3.org/ns/prov#");
        map.put("xsd", XSD.getURI());
        map.put("wd", NG.WD);
        map.put("geo", NG.GEO);
        map.put("wgs", NG.WGS84);
        map.put("entity", iris.base() + "entity/");
        map.put("article", iris.base() + "article/");
        return map;
    }
}
