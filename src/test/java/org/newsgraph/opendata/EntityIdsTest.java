package org.newsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdsTest {
    private static Place place(String label, String iso2, String qid) {
        return new Place("", Place.SETTLEMENT, label, List.of(), "c", iso2, qid,
                qid.isEmpty() ? IdQuality.NONE : IdQuality.SINGLE, Level.TOWN, -1, "", "1", "2", List.of("s:" + label),
                List.of(), "");
    }

    private static Person person(String label, String qid) {
        return new Person("", label, List.of(), List.of(), qid, "", "", "");
    }

    @Test
    void placesSharingASlugAndCountryAddTheirWikidataIdOrANumber() {
        List<Place> named = new EntityIds().places(List.of(place("Victoria", "CA", "Q2132"),
                place("Victoria", "CA", "Q3553952"), place("Victoria", "CA", ""), place("Goris", "AM", "")));
        assertEquals(List.of("goris-am", "victoria-ca-1", "victoria-ca-q2132", "victoria-ca-q3553952"),
                named.stream().map(Place::id).toList());
    }

    @Test
    void idsAreUniqueAcrossPlacesPeopleAndParties() {
        EntityIds ids = new EntityIds();
        ids.places(List.of(place("Jordan", "US", "Q1")));
        List<Person> people = ids.people(List.of(person("Jordan US", "Q7"), person("Ann Lee", "Q8"),
                person("Ann Lee", "Q9")));
        assertEquals(List.of("ann-lee-q8", "ann-lee-q9", "jordan-us-q7"), people.stream().map(Person::id).toList());
        List<Party> parties = ids.parties(List.of(new Party("", "Ann Lee", List.of(), "", "", "Q10", List.of()),
                new Party("", "Green Party", List.of(), "canada", "CA", "Q11", List.of()),
                new Party("", "Green Party", List.of(), "ukraine", "UA", "Q12", List.of()),
                new Party("", "Green Party", List.of(), "ukraine", "UA", "Q13", List.of())));
        assertEquals(List.of("ann-lee", "green-party-ca", "green-party-q12", "green-party-q13"),
                parties.stream().map(Party::id).toList());
    }
}
