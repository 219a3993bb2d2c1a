package org.newsgraph.world;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A city the gazetteer knows, in a country the article never names, is another place of that name when the
 * text calls it a small place ({@code small-place-words.csv}: "the town of Palma", "the border village of
 * X") and the article names other countries: "the town of Palma" in a report on Mozambique is not Palma de
 * Mallorca, a city of Spain, which the report never names. The open data's place of the name in a country the
 * article names takes its mentions ({@code town-in-named-country}); with none, an unlinked settlement of no
 * known country does ({@code town-elsewhere}), and the city's country and Wikidata id stay out of the
 * article. A city the article places in its country (by naming the country or another of its places), or one
 * of an article that names no country, keeps its reading.
 *
 * <pre>{@code
 * Map<String, Found> moved = new TownsElsewhere(world, disambiguator, smallPlaceWords)
 *         .apply(sentences, mentions, found, kinds, countryOf, published);   // rewrites mentions in place
 * }</pre>
 */
final class TownsElsewhere {
    /** The rule of a town the open data does not place in any country the article names. */
    static final String UNPLACED = "town-elsewhere";
    /** The rule of a town the open data places in a country the article names. */
    static final String PLACED = "town-in-named-country";

    private final Disambiguator disambiguator;
    private final Set<String> smallPlaceWords;

    TownsElsewhere(Disambiguator disambiguator, Set<String> smallPlaceWords) {
        this.disambiguator = disambiguator;
        this.smallPlaceWords = Set.copyOf(smallPlaceWords);
    }

    /**
     * Rewrites, in {@code mentions}, the mentions of every gazetteer city that is a town elsewhere, and returns
     * the entities that now stand for them, by id.
     *
     * @param found     the entities found outside the gazetteer (a gazetteer city is not among them)
     * @param kinds     the kind of an entity id
     * @param countryOf the country of an entity id, or null
     */
    Map<String, Found> apply(List<Sentence> sentences, List<Mention> mentions, Map<String, Found> found,
            Function<String, Kind> kinds, Function<String, String> countryOf, LocalDate published) {
        Map<Integer, Sentence> byIndex = new LinkedHashMap<>();
        sentences.forEach(s -> byIndex.put(s.index(), s));
        Map<String, Found> moved = new LinkedHashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String id = m.entityId();
            if (renamed.containsKey(id) || found.containsKey(id) || kinds.apply(id) != Kind.SETTLEMENT
                    || m.matchType() == MatchType.DEMONYM || !calledSmall(m, byIndex.get(m.sentence()))) {
                continue;
            }
            String country = countryOf.apply(id);
            List<Mention> others = mentions.stream().filter(o -> !o.entityId().equals(id)).toList();
            Set<String> named = Resolver.countries(others, kinds, countryOf);
            if (country == null || named.isEmpty() || named.contains(country)) {
                continue;
            }
            Found town = town(m.surface(), named, published);
            moved.merge(town.entity().id(), town, Found::stronger);
            renamed.put(id, town.entity().id());
        }
        if (!renamed.isEmpty()) {
            mentions.replaceAll(m -> renamed.containsKey(m.entityId()) && m.matchType() != MatchType.DEMONYM
                    ? m.withEntity(renamed.get(m.entityId())) : m);
        }
        return moved;
    }

    /** The open data's town of the name in a named country, else an unlinked town of no known country. */
    private Found town(String name, Set<String> named, LocalDate published) {
        Disambiguator.Decision d = disambiguator.decide(new Disambiguator.Query(name, Set.of(Kind.SETTLEMENT), null,
                false), new Disambiguator.Context(named, published));
        List<String> weighed = d.weighed().stream().map(e -> e.qid() == null ? e.id() : e.qid()).distinct().toList();
        if (d.decided() && d.chosen().countries().stream().anyMatch(named::contains)) {
            Entity e = d.chosen().entity();
            return new Found(e, PLACED, Math.min(1, d.score()), d.evidence());
        }
        Entity unplaced = new Entity(Names.slug(name) + "-town", Kind.SETTLEMENT, name, List.of(), List.of(), List.of(),
                null, null, null, null);
        return new Found(unplaced, UNPLACED, 0.6, new LinkEvidence(UNPLACED, 0.01, IdQuality.NONE, "open data", weighed,
                "called a town in an article that names other countries but not the country of the city of this name; "
                        + "the open data has no place of the name in the countries the article names"));
    }

    /** Whether the text calls the mention a small place: "the town of X", "the northern village of X". */
    private boolean calledSmall(Mention m, Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        for (int k = 2; k < tokens.size(); k++) {
            if (tokens.get(k).start() == m.start()) {
                return Names.fold(tokens.get(k - 1).text()).equals("of")
                        && smallPlaceWords.contains(Names.fold(tokens.get(k - 2).text()));
            }
        }
        return false;
    }
}
