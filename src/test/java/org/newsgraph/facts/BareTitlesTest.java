package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.ExtractionFixture.annotate;
import static org.newsgraph.ExtractionFixture.map;
import static org.newsgraph.ExtractionFixture.only;
import static org.newsgraph.ExtractionFixture.onlyClaim;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;

/**
 * Tests bare titles as speakers ({@link Speakers}, {@link Agents#titleReferent}): "the minister said",
 * "the spokesperson added that", "the envoy told reporters" are the person the article last named with
 * that title (its canonical form, or the head of a longer title), never a country named nearer the
 * verb; with nobody named with the title there is no speaker.
 */
class BareTitlesTest {

    @Test
    void theHeadOfALongerTitleIsItsHolder() {
        Claim c = onlyClaim(annotate("Foreign Minister Ana Kovac arrived in Vienna on Monday. "
                + "The minister said the talks would go on."));
        assertEquals("ana-kovac", c.claimant());
        assertEquals("the talks would go on", c.content());
    }

    @Test
    void aCountryNearerTheVerbIsNotTheSpeaker() {
        Claim c = onlyClaim(annotate("Foreign Minister Ana Kovac arrived in Vienna on Monday. "
                + "After talks with Serbia, the minister said the border would open."));
        assertEquals("ana-kovac", c.claimant());
    }

    @Test
    void theSpokespersonAddedThat() {
        Claim c = onlyClaim(annotate("Ministry Spokesperson Karen Lindqvist spoke on Monday. "
                + "The spokesperson added that Norway would send aid."));
        assertEquals("karen-lindqvist", c.claimant());
        assertEquals("Norway would send aid", c.content());
    }

    @Test
    void theEnvoyToldReporters() {
        Claim c = onlyClaim(annotate("Special Envoy Tomas Berg arrived in Khartoum. "
                + "The envoy told reporters that the talks had stalled."));
        assertEquals("tomas-berg", c.claimant());
        AnnotatedArticle a = annotate("Special Envoy Tomas Berg arrived in Khartoum. "
                + "“The talks have stalled,” the envoy told reporters.");
        assertEquals("tomas-berg", only(a.facts().quotations()).speaker());
    }

    @Test
    void saidTheTitleAfterAQuote() {
        AnnotatedArticle a = annotate("Special Envoy Tomas Berg arrived in Khartoum. "
                + "“The talks have stalled,” said the envoy.");
        assertEquals("tomas-berg", only(a.facts().quotations()).speaker());
    }

    @Test
    void aTitleNobodyWasNamedWithHasNoSpeaker() {
        assertEquals(List.of(), annotate("Norway sent aid to Sudan. The minister said the talks would go on.")
                .facts().claims());
        assertNull(only(annotate("Norway sent aid to Sudan. “We will not give up,” the minister said.")
                .facts().quotations()).speaker());
    }

    @Test
    void aTitleInWhatWasSaidIsNotTheSpeaker() {
        AnnotatedArticle a = annotate("Foreign Minister Ana Kovac arrived in Vienna on Monday. "
                + "Serbia said the minister would resign.");
        assertEquals(List.of("serbia"), map(a.facts().claims(), Claim::claimant));
    }

    @Test
    void aTitleWithItsOwnerOrNameIsNoBareTitle() {
        AnnotatedArticle a = annotate("Foreign Minister Ana Kovac arrived in Vienna on Monday. "
                + "The minister of Serbia said the border would open.");
        assertEquals(List.of(), map(a.facts().claims(), Claim::claimant).stream()
                .filter("ana-kovac"::equals).toList());
    }
}
