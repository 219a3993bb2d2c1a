package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Unicode noncharacters in article text (garbled input) are written to RDF as U+FFFD, one UTF-16
 * unit for one, so no reader warns about them and every offset into the text stays true.
 */
class NoncharacterLiteralsTest {
    @Test
    void noncharactersBecomeReplacementCharactersOfTheSameLength() {
        String text = "Kyiv\uFFFF said \uFDD0no \uD83F\uDFFE more";
        String written = ArticleEmitter.withoutNoncharacters(text);
        assertEquals("Kyiv\uFFFD said \uFFFDno \uFFFD\uFFFD more", written);
        assertEquals(text.length(), written.length());
        assertEquals("said", written.substring(text.indexOf("said"), text.indexOf("said") + 4));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Zelenskyy said: «Nothing» — \uD83D\uDE00 \uFFFD \uFDCF \uFDF0";
        assertSame(text, ArticleEmitter.withoutNoncharacters(text));
    }
}
