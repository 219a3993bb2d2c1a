package org.newsgraph.world;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.Facts.Position;

/**
 * The owner of a bare title from the open data's terms of office: "President Isaias Afwerki" is President
 * of Eritrea when the data records for that person terms covering the article's date whose posts, without
 * their country's name ("President of Eritrea", "United States Secretary of State"), are the title, all of one
 * country. The title stays as the text writes it, and must be the post's whole name: "Secretary Austin" gets
 * no owner from "Secretary of Defense" (whether the text's "Secretary" is the department's or the country's,
 * the data does not say); a position whose owner the text gives is left as it is; nothing changes when no
 * term fits or the fitting terms are of two countries: the data decides only when it is unambiguous.
 *
 * <pre>{@code
 * TermTitles terms = new TermTitles(world, curatedLinks, id -> gazetteer.get(id).map(Entity::label).orElse(null));
 * Position p = terms.complete(new Position("isaias-afwerki", "President", null, evidence), published);
 * // President @ eritrea
 * }</pre>
 */
public final class TermTitles {
    private final WorldData world;
    private final Map<String, CuratedLinks.Link> curated;
    private final Function<String, String> countryLabel;

    /**
     * @param world        the open data
     * @param curated      the gazetteer's persons linked to open-data entries
     * @param countryLabel the name of a country by its gazetteer id, or null
     */
    public TermTitles(WorldData world, Map<String, CuratedLinks.Link> curated, Function<String, String> countryLabel) {
        this.world = world;
        this.curated = Map.copyOf(curated);
        this.countryLabel = countryLabel;
    }

    /** {@code p} with its owner completed from the holder's fitting terms, or {@code p}. */
    public Position complete(Position p, LocalDate date) {
        if (p.of() != null) {
            return p;
        }
        CuratedLinks.Link link = curated.get(p.person());
        String person = link != null ? link.entry().id() : p.person();
        String title = p.title().toLowerCase(Locale.ROOT);
        Set<String> countries = new LinkedHashSet<>();
        for (Office o : world.offices(person)) {
            if (o.country() == null || o.country().isEmpty() || !o.covers(date)) {
                continue;
            }
            String post = withoutCountry(o.position(), countryLabel.apply(o.country())).toLowerCase(Locale.ROOT);
            if (post.equals(title)) {
                countries.add(o.country());
            }
        }
        return countries.size() == 1 ? new Position(p.person(), p.title(), countries.iterator().next(), p.evidence()) : p;
    }

    /** The post's name without its country's: "United States Secretary of State" is "Secretary of State". */
    static String withoutCountry(String post, String country) {
        if (country == null) {
            return post;
        }
        String p = post;
        if (p.startsWith(country + " ")) {
            p = p.substring(country.length() + 1);
        }
        for (String tail : new String[] {" of the " + country, " of " + country}) {
            if (p.endsWith(tail)) {
                p = p.substring(0, p.length() - tail.length());
            }
        }
        return p;
    }
}
