package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Facts.Quotation;

/**
 * Tests who a document speaks for as the subject of a speech verb ({@link Documents}): "“…,” the statement
 * said" is the issuer of the last document the article named, "Poland's statement said" its owner, and a
 * document nobody issued speaks for nobody. All sentences are our own.
 */
class DocumentsTest {

    @Test
    void theStatementSpeaksForWhoeverIssuedTheLastDocument() {
        List<Quotation> qs = annotate("Al-Shabaab said in a statement that its fighters attacked the base. "
                + "“We will strike again,” the statement said.").facts().quotations();
        assertEquals("al-shabaab", qs.get(qs.size() - 1).speaker());
        List<Quotation> from = annotate("A statement from the African Union welcomed the truce. “The parties must "
                + "keep their word,” the statement also said.").facts().quotations();
        assertEquals("african-union", from.get(from.size() - 1).speaker(), "the issuer after from");
        List<Quotation> acting = annotate("In a statement, the African Union condemned the killings. “Those responsible "
                + "must face justice,” the statement said.").facts().quotations();
        assertEquals("african-union", acting.get(acting.size() - 1).speaker(), "the party acting in its sentence");
    }

    @Test
    void aPossessiveBeforeTheDocumentIsItsIssuer() {
        List<Quotation> qs = annotate("“We stand with Ukraine,” Poland's joint statement said.").facts().quotations();
        assertEquals("poland", qs.get(0).speaker());
        List<Quotation> named = annotate("“The truce must hold,” the African Union statement said.").facts().quotations();
        assertEquals("african-union", named.get(0).speaker(), "a body named right before the document");
    }

    @Test
    void aDocumentNobodyIssuedSpeaksForNobody() {
        List<Quotation> qs = annotate("“We will strike again,” the statement said.").facts().quotations();
        assertNull(qs.get(0).speaker(), qs.toString());
    }

    @Test
    void aReportSpeaksForTheBodyThatReleasedIt() {
        var claims = annotate("Human Rights Watch released a report on Thursday about the war in Georgia. The report also "
                + "criticized Russia for using cluster bombs.").facts().claims();
        assertEquals(List.of("human-rights-watch>russia"), claims.stream().map(c -> c.claimant() + ">" + c.accused()).toList());
        List<Quotation> media = annotate("Media reports said 12 people died. “The army fled,” the report said.").facts().quotations();
        assertNull(media.get(0).speaker(), "reports by nobody named speak for nobody: " + media);
    }

    @Test
    void aDocumentIssuedByAPartySpeaksForItAndADocumentReadsWhatItSays() {
        List<Quotation> released = annotate("“Both sides must stop the fighting in Mali,” a statement released by spokesperson "
                + "Jane Roe read.").facts().quotations();
        assertEquals("jane-roe", released.get(0).speaker());
        List<Quotation> read = annotate("Mali's foreign ministry issued a statement on Monday. The statement read: “Niger must "
                + "withdraw.”").facts().quotations();
        assertEquals("mali-foreign-ministry", read.get(0).speaker());
        assertEquals(List.of(), annotate("Mali's President Jane Roe read the report on Monday.").facts().claims(),
                "\"read\" with an object says nothing");
    }
}
