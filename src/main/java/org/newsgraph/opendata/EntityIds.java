package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gives every imported entity its id, unique across places, people and parties and independent of
 * the curated gazetteer (its rows win when the data is loaded). An id is the slug of the label
 * (accents folded, other characters hyphens: "Mevlüt Çavuşoğlu" → {@code mevlut-cavusoglu}):
 * <ul>
 * <li>places: {@code <slug>-<iso2>} ({@code goris-am}, {@code sumy-oblast-ua}); where several share
 * it, each adds its Wikidata id ({@code victoria-ca-q2132}), rows without one a number
 * ({@code -1}, {@code -2} in a fixed order);</li>
 * <li>people: {@code <slug>} when no other person has it, else {@code <slug>-<qid>};</li>
 * <li>parties: {@code <slug>} when no other party has it, else {@code <slug>-<iso2>} when that is
 * unique, else {@code <slug>-<qid>}.</li>
 * </ul>
 * Places are named first, then people, then parties; an id already taken gets {@code -2},
 * {@code -3} ….
 *
 * <pre>{@code
 * EntityIds ids = new EntityIds();
 * List<Place> places = ids.places(drafts);
 * List<Person> people = ids.people(personDrafts);
 * List<Party> parties = ids.parties(partyDrafts);
 * }</pre>
 */
final class EntityIds {
    private static final Comparator<String> QID_ORDER = Comparator.comparing(String::length)
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<Place> PLACE_ORDER = Comparator.comparing(Place::kind)
            .thenComparing(Place::wikidata, QID_ORDER).thenComparing(p -> String.join(" ; ", p.sources()))
            .thenComparing(Place::lat).thenComparing(Place::lon).thenComparing(Place::label);

    private final Set<String> taken = new HashSet<>();

    /** The places with their ids. */
    List<Place> places(List<Place> places) {
        List<Place> named = new ArrayList<>();
        for (Map.Entry<String, List<Place>> group : groups(places, EntityIds::placeBase).entrySet()) {
            String base = group.getKey();
            List<Place> members = group.getValue();
            if (members.size() == 1) {
                named.add(members.get(0).withId(claim(base)));
                continue;
            }
            members.sort(PLACE_ORDER);
            int n = 0;
            for (Place p : members) {
                String suffix = p.wikidata().isEmpty() ? Integer.toString(++n) : p.wikidata().toLowerCase(Locale.ROOT);
                named.add(p.withId(claim(base + "-" + suffix)));
            }
        }
        named.sort(Comparator.comparing(Place::id));
        return named;
    }

    /** The people with their ids. */
    List<Person> people(List<Person> people) {
        List<Person> named = new ArrayList<>();
        for (Map.Entry<String, List<Person>> group : groups(people, p -> slugOr(p.label(), p.wikidata())).entrySet()) {
            List<Person> members = group.getValue();
            members.sort(Comparator.comparing(Person::wikidata, QID_ORDER));
            for (Person p : members) {
                String id = members.size() == 1 && !taken.contains(group.getKey()) ? group.getKey()
                        : group.getKey() + "-" + p.wikidata().toLowerCase(Locale.ROOT);
                named.add(p.withId(claim(id)));
            }
        }
        named.sort(Comparator.comparing(Person::id));
        return named;
    }

    /** The parties with their ids. */
    List<Party> parties(List<Party> parties) {
        List<Party> named = new ArrayList<>();
        for (Map.Entry<String, List<Party>> group : groups(parties, p -> slugOr(p.label(), p.wikidata())).entrySet()) {
            String base = group.getKey();
            List<Party> members = group.getValue();
            members.sort(Comparator.comparing(Party::wikidata, QID_ORDER));
            Map<String, Long> perCountry = new TreeMap<>();
            members.forEach(p -> perCountry.merge(p.iso2(), 1L, Long::sum));
            for (Party p : members) {
                String id;
                if (members.size() == 1 && !taken.contains(base)) {
                    id = base;
                } else if (!p.iso2().isEmpty() && perCountry.get(p.iso2()) == 1
                        && !taken.contains(base + "-" + p.iso2().toLowerCase(Locale.ROOT))) {
                    id = base + "-" + p.iso2().toLowerCase(Locale.ROOT);
                } else {
                    id = base + "-" + p.wikidata().toLowerCase(Locale.ROOT);
                }
                named.add(p.withId(claim(id)));
            }
        }
        named.sort(Comparator.comparing(Party::id));
        return named;
    }

    private static String placeBase(Place p) {
        String code = p.iso2().isEmpty() ? Text.slug(p.country()) : p.iso2().toLowerCase(Locale.ROOT);
        return slugOr(p.label(), p.wikidata()) + "-" + code;
    }

    private static String slugOr(String label, String qid) {
        String slug = Text.slug(label);
        if (!slug.isEmpty()) {
            return slug;
        }
        return qid.isEmpty() ? "unnamed" : qid.toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, List<T>> groups(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** The id, or the id with {@code -2}, {@code -3} … when it is taken already. */
    private String claim(String id) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
