package org.newsgraph.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * The open data newsgraph links to: places, parties and people with their Wikidata ids, and the offices
 * the people held, looked up by id, by name and by surname. Many entries share a name; telling them apart
 * is the {@link Disambiguator}'s work.
 *
 * <pre>{@code
 * WorldData world = WorldDataLoader.load(Path.of("data/opendata"));
 * List<WorldEntry> gorises = world.named("Goris");
 * }</pre>
 */
public final class WorldData {
    /** No open data: nothing is looked up. */
    public static final WorldData EMPTY = new WorldData(List.of(), List.of());

    private final Map<String, WorldEntry> byId;
    private final Map<String, List<WorldEntry>> byName;
    private final Map<String, List<WorldEntry>> bySurname;
    private final Map<String, List<Office>> offices;
    private final Map<String, Integer> firstWords;

    /** The data of these entries and offices; ids must be unique. */
    public WorldData(Collection<WorldEntry> entries, Collection<Office> terms) {
        Map<String, WorldEntry> map = new LinkedHashMap<>(entries.size() * 2);
        this.byName = new HashMap<>(entries.size() * 4);
        this.bySurname = new HashMap<>(entries.size() / 2);
        this.offices = new HashMap<>(terms.size());
        this.firstWords = new HashMap<>(entries.size() * 2);
        // the name keys are the costly part: they are computed on every core, then indexed in order
        List<WorldEntry> list = List.copyOf(entries);
        List<String[]> keys = list.parallelStream().map(WorldData::keys).toList();
        for (int i = 0; i < list.size(); i++) {
            WorldEntry e = list.get(i);
            if (map.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate open-data id " + e.id());
            }
            String[] own = keys.get(i);
            for (int k = 0; k < own.length - 1; k++) {
                String key = own[k];
                if (key == null) {
                    continue;
                }
                List<WorldEntry> named = byName.computeIfAbsent(key, x -> new ArrayList<>(1));
                if (named.isEmpty() || named.get(named.size() - 1) != e) {
                    named.add(e);
                }
                int words = words(key);
                int space = key.indexOf(' ');
                firstWords.merge(space < 0 ? key : key.substring(0, space), words, Math::max);
            }
            String surname = own[own.length - 1];
            if (surname != null) {
                bySurname.computeIfAbsent(surname, x -> new ArrayList<>(1)).add(e);
            }
        }
        for (Office o : terms) {
            List<Office> own = offices.computeIfAbsent(o.person(), k -> new ArrayList<>(2));
            // one term that several source files record is one term, with their sources
            int same = -1;
            for (int k = 0; k < own.size() && same < 0; k++) {
                if (own.get(k).sameTerm(o)) {
                    same = k;
                }
            }
            if (same < 0) {
                own.add(o);
            } else if (!own.get(same).source().contains(o.source())) {
                Office earlier = own.get(same);
                own.set(same, new Office(earlier.person(), earlier.position(), earlier.positionWikidata(), earlier.country(),
                        earlier.start(), earlier.end(), earlier.source() + " ; " + o.source()));
            }
        }
        this.byId = map;
    }

    /** The distinct name keys of an entry (label first, null for a repeat or an empty key), then its surname key or null. */
    private static String[] keys(WorldEntry e) {
        List<String> aliases = e.entity().aliases();
        String[] keys = new String[aliases.size() + 2];
        keys[0] = Names.key(e.entity().label());
        for (int k = 0; k < aliases.size(); k++) {
            keys[k + 1] = Names.key(aliases.get(k));
        }
        for (int k = 0; k < keys.length - 1; k++) {
            if (keys[k] != null && keys[k].isEmpty()) {
                keys[k] = null;
            }
            for (int j = 0; j < k && keys[k] != null; j++) {
                if (keys[k].equals(keys[j])) {
                    keys[k] = null;
                }
            }
        }
        keys[keys.length - 1] = e.entity().kind() == Kind.PERSON ? surname(e.entity().label()).orElse(null) : null;
        return keys;
    }

    private static int words(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * The comparison key of the last word of a person's name ("Çavuşoğlu" of "Mevlüt Çavuşoğlu"), or of the
     * first word of a monarch's ("Gyanendra" of "Gyanendra of Nepal").
     */
    static Optional<String> surname(String name) {
        List<Token> words = Names.tokens(name).stream().filter(Token::isWord).toList();
        // a monarch's name "Gyanendra of Nepal", "Abdullah II of Jordan": the name before "of" is what news writes
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).text().equals("of")) {
                return Optional.of(Names.fold(words.get(0).text()));
            }
        }
        return words.size() < 2 ? Optional.empty() : Optional.of(Names.fold(words.get(words.size() - 1).text()));
    }

    public Optional<WorldEntry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries with this name (label or alias, compared as name keys). */
    public List<WorldEntry> named(String name) {
        return byName.getOrDefault(Names.key(name), List.of());
    }

    /** The entries whose name has this comparison key. */
    public List<WorldEntry> withKey(String key) {
        return byName.getOrDefault(key, List.of());
    }

    /** The people whose name ends with this surname (compared folded). */
    public List<WorldEntry> withSurname(String surname) {
        return bySurname.getOrDefault(Names.fold(surname), List.of());
    }

    /** The terms of office the data records for a person. */
    public List<Office> offices(String personId) {
        return offices.getOrDefault(personId, List.of());
    }

    /** How many terms of office the data records. */
    public int officeCount() {
        return offices.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The most words of a name that starts with this folded word ({@link Names#fold}), or 0 when no name
     * does: how far a name lookup at that word needs to look.
     */
    public int longestFrom(String firstWord) {
        return firstWords.getOrDefault(firstWord, 0);
    }



    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
