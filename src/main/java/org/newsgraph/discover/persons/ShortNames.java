package org.newsgraph.discover.persons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;

/**
 * "Kagame" and "Paul Kagame", "El-Sisi" and "Abdel Fattah El-Sisi" in one article are one person: a found
 * name that ends another found name is that person (the longer name wins, whichever came first). A one-word
 * name that ends none but starts exactly one found name is that person too ("Prime Minister Abiy" and "Prime
 * Minister Abiy Ahmed": some names put the given name first). A one-word name that ends the name of exactly
 * one gazetteer person of the article is that person ("Prime Minister Ahmed" after "Abiy Ahmed"). The
 * mentions of a merged name become aliases of the person it is.
 *
 * <pre>{@code
 * ShortNames.merge(persons, mentionsBySentence, gazetteerKinds);
 * }</pre>
 */
public final class ShortNames {
    private ShortNames() {
    }

    /** Merges the short names of {@code persons} (changed in place) and re-points their mentions in {@code groups}. */
    public static void merge(Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> gazetteerKinds) {
        Map<String, String> into = new LinkedHashMap<>();
        Map<String, Set<String>> knownSurnames = knownSurnames(persons, groups, gazetteerKinds);
        for (Found shorter : persons.values()) {
            String key = Names.key(shorter.entity().label());
            List<String> starting = new ArrayList<>();
            for (Found longer : persons.values()) {
                String longKey = Names.key(longer.entity().label());
                if (longer != shorter && longKey.length() > key.length() && longKey.endsWith(" " + key)) {
                    into.put(shorter.entity().id(), longer.entity().id());
                    break;
                }
                if (longer != shorter && longKey.startsWith(key + " ")) {
                    starting.add(longer.entity().id());
                }
            }
            if (!into.containsKey(shorter.entity().id()) && starting.size() == 1 && !key.contains(" ")) {
                into.put(shorter.entity().id(), starting.get(0));
            }
            Set<String> known = knownSurnames.getOrDefault(key, Set.of());
            if (!into.containsKey(shorter.entity().id()) && known.size() == 1 && !key.contains(" ")) {
                into.put(shorter.entity().id(), known.iterator().next());
            }
        }
        into.forEach((from, to) -> persons.remove(from));
        if (into.isEmpty()) {
            return;
        }
        Map<String, String> merged = merged(into);
        for (List<Mention> group : groups) {
            group.replaceAll(m -> merged.containsKey(m.entityId())
                    ? m.as(merged.get(m.entityId()), MatchType.ALIAS)
                    : m);
        }
    }

    /** The surnames of the gazetteer's people the article names in full, to their ids. */
    private static Map<String, Set<String>> knownSurnames(Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> gazetteerKinds) {
        Map<String, Set<String>> knownSurnames = new LinkedHashMap<>();
        for (List<Mention> group : groups) {
            for (Mention m : group) {
                String key = Names.key(m.surface());
                if (!persons.containsKey(m.entityId()) && gazetteerKinds.apply(m.entityId()) == Kind.PERSON
                        && key.contains(" ")) {
                    knownSurnames.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new HashSet<>())
                            .add(m.entityId());
                }
            }
        }
        return knownSurnames;
    }

    /**
     * What the merges {@code into} (from → to) make of each id they move: the id at the end of its chain, one
     * no merge moves on, so that A → B and B → C take A to C in whichever order the two were found (every
     * merged id leaves the article's persons, and a mention left on one would name no one).
     */
    static Map<String, String> merged(Map<String, String> into) {
        Map<String, String> current = new LinkedHashMap<>();
        for (String from : into.keySet()) {
            // follow the chain to an id no merge moves on: "Murphy" → "Patrick Murphy" → "W. Patrick Murphy",
            // whichever order the merges were found in
            String to = into.get(from);
            Set<String> seen = new HashSet<>(List.of(from));
            while (into.containsKey(to) && seen.add(to)) {
                to = into.get(to);
            }
            current.put(from, to);
        }
        return current;
    }
}
