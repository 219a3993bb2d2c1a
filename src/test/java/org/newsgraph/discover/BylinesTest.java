package org.newsgraph.discover;

import org.newsgraph.model.Byline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;

/**
 * Tests {@link Bylines}: publishers and authors of the metadata become the gazetteer's entities
 * where the gazetteer has them (middle initials aside, carefully), desks and agencies become
 * organisations, and only the rest new people.
 */
class BylinesTest {
    private static final Lexicon LEXICON = Lexicon.load(Path.of("data/rules"));
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            entity("antony-blinken", Kind.PERSON, "Antony Blinken", "Blinken"),
            entity("john-a-smith", Kind.PERSON, "John A. Smith"),
            entity("john-b-smith", Kind.PERSON, "John B. Smith"),
            entity("h-w-bush", Kind.PERSON, "H. W. Bush"),
            entity("reuters", Kind.ORGANIZATION, "Reuters"),
            entity("voice-of-america", Kind.ORGANIZATION, "Voice of America", "VOA", "VOA News"),
            entity("associated-press", Kind.ORGANIZATION, "Associated Press"),
            entity("akp", Kind.ORGANIZATION, "AK Party"),
            entity("state-department", Kind.ORGANIZATION, "U.S. Department of State", "State Department")));
    private static final Bylines BYLINES = new Bylines(LEXICON, GAZETTEER);

    private static Entity entity(String id, Kind kind, String label, String... aliases) {
        return new Entity(id, kind, label, List.of(aliases), List.of(), List.of(), null, null, null);
    }

    private static Byline resolve(String publisher, String... authors) {
        return BYLINES.resolve(new ArticleMetadata(null, publisher, null, null, List.of(authors)));
    }

    private static List<String> made(Byline b) {
        return b.found().stream().map(f -> f.entity().kind() + " " + f.entity().label() + " " + f.rule()).toList();
    }

    @Test
    void thePublisherIsTheGazetteerEntityOfItsNameOrUnknown() {
        assertEquals("voice-of-america", resolve("VOA News").publisher());
        assertEquals("reuters", resolve("Reuters").publisher());
        assertNull(resolve("The Daily Bugle").publisher());
        assertNull(resolve(null).publisher());
    }

    @Test
    void middleInitialsAsideAnAuthorIsTheGazetteerPerson() {
        Byline b = resolve(null, "Antony J. Blinken", "Antony J Blinken", "Antony Blinken", "John Smith",
                "J. Blinken", "H. Bush", "W. Bush");
        assertEquals(List.of("antony-blinken", "john-smith", "j-blinken", "h-w-bush", "w-bush"), b.authors(),
                "one Blinken; John Smith could be either Smith; a first initial is never left out, on either side");
        assertEquals(List.of("PERSON John Smith person-manifest", "PERSON J. Blinken person-manifest",
                "PERSON W. Bush person-manifest"), made(b));
        assertEquals(List.of("john-a-smith"), resolve(null, "John A. Smith").authors(), "the full name is the one");
    }

    @Test
    void desksAndAgenciesAreOrganisationsNeverPeople() {
        Byline b = resolve("Reuters", "Reuters staff", "VOA News", "AP", "AKP", "Office of the Spokesperson",
                "Voice of America correspondents");
        assertEquals(List.of("reuters", "voice-of-america", "associated-press", "akp"), b.authors(),
                "the spokesperson's office is a desk of the publisher");
        assertEquals(List.of(), made(b));

        b = resolve("The Daily Bugle", "Foreign Desk", "Human Rights Watch", "UPI", "Office of the Spokesperson");
        assertEquals(List.of("ORGANIZATION Foreign Desk organisation-byline",
                "ORGANIZATION Human Rights Watch organisation-byline", "ORGANIZATION UPI organisation-byline",
                "ORGANIZATION Office of the Spokesperson organisation-byline"), made(b),
                "without a known publisher a desk is an organisation of its own");
        assertEquals(List.of("state-department"), resolve("State Department", "Office of the Spokesperson").authors());
    }

    @Test
    void anAuthorNamedTwiceIsOneAuthor() {
        assertEquals(List.of("voice-of-america"), resolve("VOA", "VOA News", "Voice of America").authors());
        assertEquals(List.of("jane-doe"), resolve(null, "Jane Doe", "Jane Doe").authors());
    }

    @Test
    void twoPeoplesNamesJoinedByAndAreTwoAuthors() {
        assertEquals(List.of("Ana Soto", "Luis Vega"), BYLINES.pair("Ana Soto and Luis Vega"));
        assertEquals(List.of("Office of Press and Public Affairs"), BYLINES.pair("Office of Press and Public Affairs"));
        assertEquals(List.of("Ana Soto and friends"), BYLINES.pair("Ana Soto and friends"));
        assertEquals(2, resolve(null, "Ana Soto and Luis Vega").authors().size());
    }

    @Test
    void theBylineInTheTextIsAMentionOfTheAuthors() {
        Byline b = resolve(null, "Ana Soto and Luis Vega");
        String text = "Ana Soto and Luis Vega, VOA News";
        List<org.newsgraph.model.Mention> m = Bylines.inText(
                List.of(new org.newsgraph.text.Sentence(1, 0, text.length(), text)), List.of(), b);
        assertEquals(List.of("ana-soto", "luis-vega"), m.stream().map(org.newsgraph.model.Mention::entityId).toList());
        String other = "Ana Sotomayor spoke.";
        assertEquals(List.of(), Bylines.inText(List.of(new org.newsgraph.text.Sentence(1, 0, other.length(), other)),
                List.of(), b), "a name inside a longer word is no mention");
    }
}
