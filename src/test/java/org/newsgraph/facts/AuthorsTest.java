package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Facts.Quotation;

/**
 * Tests the author a statement's heading names ({@link Authors}): the quotations no sentence gives a speaker are
 * the author's; a heading with two people after "by", or none, gives them nobody. The author after "by" and a title
 * is a person even in a heading in Title Case. All texts are our own.
 */
class AuthorsTest {

    private static List<String> quotes(String text) {
        AnnotatedArticle a = ExtractionFixture.annotate(text);
        return a.facts().quotations().stream().map((Quotation q) -> q.speaker() + ": " + q.text()).toList();
    }

    @Test
    void aStatementThatIsAllOneQuotationIsItsAuthors() {
        assertEquals(List.of("jane-roe: I want to express my deep concern.",
                        "jane-roe: This shameful attack shows contempt for human life."),
                quotes("Cowardly Attack Will Not Divide Elbonia\n\nStatement by Ambassador Jane Roe\n\n"
                        + "Port Elbe, September 17, 2008 - “I want to express my deep concern.\n\n"
                        + "“This shameful attack shows contempt for human life.\n"));
    }

    @Test
    void aQuotationItsSentenceAttributesKeepsItsSpeaker() {
        assertEquals(List.of("john-doe: We will rebuild"),
                quotes("Statement by Ambassador Jane Roe\n\n“We will rebuild,” said Governor John Doe.\n"));
    }

    @Test
    void aHeadingWithTwoPeopleNamesNoAuthor() {
        assertEquals(List.of("null: Thank you."),
                quotes("Remarks by President Jane Roe and Prime Minister John Doe\n\n“Thank you.”\n"));
    }

    @Test
    void aHeadingWithNobodyAfterByNamesNoAuthor() {
        assertEquals(List.of("null: We condemn the attack."),
                quotes("Statement by the Press Secretary\n\n“We condemn the attack.”\n"));
    }
}
