package org.newsgraph.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ExtractionFixture;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Sentence;

/**
 * Tests {@link Discourse}, what the sentences of one article tell the later ones: the title named
 * last, the speaker quoted last, and the dateline's date standing for the dateline's sentence only.
 * The state is the article's: a new article starts with none of it.
 */
class DiscourseTest {
    private static final Lexicon LEXICON = Lexicon.load(Path.of("data/rules"));

    private static Discourse discourse(LocalDate published) {
        return new Discourse(LEXICON, new FactExtractor.Input(List.of(), List.of(), id -> Kind.PERSON, null,
                published, null, id -> null, java.util.Map.of()));
    }

    private static SentenceView view(int index, String text) {
        return new SentenceView(new Sentence(index, 0, text.length(), text), List.of(), id -> Kind.PERSON);
    }

    private static Evidence evidence() {
        return new Evidence(1, 0, 1, "title-before-name");
    }

    @Test
    void aNewArticleKnowsNoTitleNoSpeakerAndNoDateline() {
        Discourse d = discourse(ExtractionFixture.PUBLISHED);
        assertNull(d.lastTitle());
        assertNull(d.lastQuoteSpeaker());
        assertTrue(d.lastQuoteSentence() < 0, "the last quote stands before the first sentence");
        assertTrue(d.dateline().isEmpty());
    }

    @Test
    void thePositionFoundLastGivesTheLastTitle() {
        Discourse d = discourse(ExtractionFixture.PUBLISHED);
        d.titled(new Position("hulusi-akar", "Defence Minister", "turkey", evidence()));
        d.titled(new Position("sergei-lavrov", "Foreign Minister", "russia", evidence()));
        assertEquals("Foreign Minister", d.lastTitle());
    }

    @Test
    void theSpeakerQuotedLastIsRemembered() {
        Discourse d = discourse(ExtractionFixture.PUBLISHED);
        d.quoted("dmitry-peskov", 4);
        assertEquals("dmitry-peskov", d.lastQuoteSpeaker());
        assertEquals(4, d.lastQuoteSentence());
    }

    @Test
    void theDatelinesDateIsTheDateOfItsSentenceOnly() {
        Discourse d = discourse(ExtractionFixture.PUBLISHED);
        LocalDate dateline = LocalDate.of(2023, 3, 3);
        d.dateline(new Discourse.Dateline(1, "tbilisi", dateline));
        assertEquals(dateline, d.date(view(1, "TBILISI, March 3 (Reuters) - Talks resumed.")));
        assertNull(d.date(view(2, "Talks resumed.")));
    }

    @Test
    void aDateTheSentenceNamesComesBeforeTheDatelines() {
        Discourse d = discourse(ExtractionFixture.PUBLISHED);
        d.dateline(new Discourse.Dateline(1, "tbilisi", LocalDate.of(2023, 3, 3)));
        assertEquals(ExtractionFixture.PUBLISHED.minusDays(1), d.date(view(1, "Talks resumed yesterday.")));
    }
}
