package org.newsgraph.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Sentence;

/**
 * A country's name after a town and a comma is a state or province of the same name when the article is
 * about the state's country: "Fort Moore, Georgia" in a report on the U.S. Army is the U.S. state, not the
 * country. It stays the country when the town before it is one of that country's places ("Gori, Georgia"),
 * when the article names no country holding such a region, or when several do.
 *
 * <pre>{@code
 * Optional<Disambiguator.Decision> d = new StateAfterTown(world).region(mention, sentence, before, kinds, countryOf, context);
 * }</pre>
 */
final class StateAfterTown {
    private final WorldData world;

    StateAfterTown(WorldData world) {
        this.world = world;
    }

    /**
     * The region a country mention stands for, when the text and the article decide it.
     *
     * @param mention   a mention of a country by its name
     * @param sentence  its sentence
     * @param before    the mention right before it in the sentence, or null
     * @param countryOf the country of an entity id, or null
     */
    Optional<Disambiguator.Decision> region(Mention mention, Sentence sentence, Mention before, Function<String, Kind> kinds,
            Function<String, String> countryOf, Disambiguator.Context context) {
        if (kinds.apply(mention.entityId()) != Kind.COUNTRY || !afterTownAndComma(mention, sentence)) {
            return Optional.empty();
        }
        if (before != null && before.end() + 2 >= mention.start()
                && mention.entityId().equals(countryOf.apply(before.entityId()))) {
            return Optional.empty();
        }
        List<WorldEntry> all = world.named(mention.surface()).stream()
                .filter(e -> e.entity().kind() == Kind.REGION && !e.countries().contains(mention.entityId())).toList();
        List<WorldEntry> named = new ArrayList<>();
        for (WorldEntry e : all) {
            if (e.countries().stream().anyMatch(c -> !c.equals(mention.entityId()) && context.countries().contains(c))) {
                named.add(e);
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Disambiguator.Decision(named.get(0), "region-after-town", 0.85, all,
                "after a town and a comma, in an article that names the region's country, the name is the region, "
                        + "not the country of that name"));
    }

    /** Whether the mention follows a capitalised word and a comma: "Fort Moore, Georgia". */
    private static boolean afterTownAndComma(Mention mention, Sentence sentence) {
        int at = mention.start() - sentence.start();
        String text = sentence.text();
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 1 || text.charAt(k) != ',') {
            return false;
        }
        k--;
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end - (k + 1) >= 2 && Character.isUpperCase(text.charAt(k + 1));
    }
}
