package org.newsgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The content hash: the same triples hash alike in any order and with any blank node labels; any change shows. */
class GraphHasherTest {
    static Graph ttl(String text) {
        return RDFParser.fromString("PREFIX : <https://example.org/>\n" + text, Lang.TURTLE).toGraph();
    }

    @Test
    void orderAndBlankNodeLabelsDoNotMatter() {
        assertEquals(GraphHasher.hash(ttl(":a :p 1 . :a :q \"x\" .")), GraphHasher.hash(ttl(":a :q \"x\" . :a :p 1 .")));
        assertEquals(GraphHasher.hash(ttl(":a :p _:b1 . _:b1 :q 1 . _:b2 :q 2 .")),
                GraphHasher.hash(ttl("_:z :q 2 . :a :p _:y . _:y :q 1 .")));
    }

    @Test
    void anyChangeShows() {
        String base = GraphHasher.hash(ttl(":a :p 1 . :a :q \"x\" ."));
        assertNotEquals(base, GraphHasher.hash(ttl(":a :p 2 . :a :q \"x\" .")), "a changed value");
        assertNotEquals(base, GraphHasher.hash(ttl(":a :p 1 . :a :q \"x\"@en .")), "a language tag");
        assertNotEquals(base, GraphHasher.hash(ttl(":a :p 1 .")), "a removed triple");
        // the same blank-node shapes wired differently
        assertNotEquals(GraphHasher.hash(ttl(":a :p _:b1 . _:b1 :q 1 . :c :p _:b2 . _:b2 :q 2 .")),
                GraphHasher.hash(ttl(":a :p _:b1 . _:b1 :q 2 . :c :p _:b2 . _:b2 :q 1 .")));
    }
}
