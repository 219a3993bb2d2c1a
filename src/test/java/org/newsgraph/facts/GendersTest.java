package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.ExtractionFixture.annotate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Claim;

/** "She" and "he" by the words an article writes before a name ({@code gender-cues.csv}). */
class GendersTest {

    @Test
    void sheIsTheWomanTheArticleMarkedNotTheManNamedSince() {
        AnnotatedArticle a = annotate("Ms. Roque is a co-founder of the group. Police stopped her outside the home of "
                + "Michael Parmly, head of the mission. She said the police had beaten her.");
        assertEquals(List.of("roque"), claimants(a, "beaten her"));
    }

    @Test
    void heIsNotTheWomanWhoActedLast() {
        AnnotatedArticle a = annotate("Spokeswoman Jane Okafor met Minister John Abara on Monday. He said the talks "
                + "were useful.");
        assertEquals(List.of("john-abara"), claimants(a, "talks were useful"));
    }

    @Test
    void anArticleThatMarksNobodyReadsThePronounAsBefore() {
        AnnotatedArticle a = annotate("Minister Jane Okafor met Minister John Abara on Monday. She said the talks were "
                + "useful.");
        assertEquals(List.of("jane-okafor"), claimants(a, "talks were useful"), "the person who acted last");
    }

    private static List<String> claimants(AnnotatedArticle a, String words) {
        return a.facts().claims().stream().filter(c -> c.content().contains(words)).map(Claim::claimant).toList();
    }
}
