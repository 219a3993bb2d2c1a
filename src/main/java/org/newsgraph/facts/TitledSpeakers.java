package org.newsgraph.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Quotation;

/**
 * A speaker told by a title before the article names the holder: "Canada's prime minister said … " and, later,
 * "Prime Minister Jane Roe". While the sentence is read its words are the country's, or nobody's ({@link Speakers});
 * at the article's end, the quotations and claims of that sentence go to the person the article names with the same
 * title and owner (a title the text gives no owner is held for the holder's own country; when neither is known,
 * by the article's only holder of that title), when there is exactly one ({@link #credit}). A title nobody holds
 * in the article stays its owner's.
 *
 * <pre>{@code
 * discourse.untitled(new TitledSpeakers.Untitled(sentence, "canada", "Prime Minister"));   // while reading
 * TitledSpeakers.credit(quotations, claims, discourse.untitled(), positions, countryOf);   // at the end
 * }</pre>
 */
final class TitledSpeakers {
    /**
     * A sentence whose speaker was only a title of an owner.
     *
     * @param sentence the sentence's index
     * @param owner    the owner's id: the speaker the sentence's quotations and claims have
     * @param title    the title, as the titles list names it
     */
    record Untitled(int sentence, String owner, String title) {
    }

    private TitledSpeakers() {
    }

    /**
     * Rewrites, in place, the quotations (of its owner or of nobody) and claims (of its owner) of each untitled
     * sentence to the one person {@code positions} give that title and owner.
     */
    static void credit(List<Quotation> quotations, List<Claim> claims, List<Untitled> untitled, List<Position> positions,
            Function<String, String> countryOf) {
        if (untitled.isEmpty()) {
            return;
        }
        Map<List<String>, Set<String>> holders = new HashMap<>();
        Map<String, Set<String>> byTitle = new HashMap<>();   // every holder of a title, owned or not
        Map<String, Set<String>> ownerless = new HashMap<>();   // holders of a title of no owner and no known country
        for (Position p : positions) {
            // "Prime Minister Jane Roe" with no owner in the text holds it for her own country
            String of = p.of() != null ? p.of() : countryOf == null ? null : countryOf.apply(p.person());
            byTitle.computeIfAbsent(key(p.title()), k -> new HashSet<>()).add(p.person());
            if (of != null) {
                holders.computeIfAbsent(List.of(of, key(p.title())), k -> new HashSet<>()).add(p.person());
            } else {
                ownerless.computeIfAbsent(key(p.title()), k -> new HashSet<>()).add(p.person());
            }
        }
        for (Untitled u : untitled) {
            Set<String> people = holders.getOrDefault(List.of(u.owner(), key(u.title())), Set.of());
            if (people.isEmpty() && byTitle.getOrDefault(key(u.title()), Set.of()).size() == 1) {
                // "Interior Minister Jane Roe", of no owner and no known country, the article's only one
                people = ownerless.getOrDefault(key(u.title()), Set.of());
            }
            if (people.size() != 1) {
                continue;
            }
            String person = people.iterator().next();
            quotations.replaceAll(q -> q.evidence().sentence() == u.sentence()
                    && (q.speaker() == null || u.owner().equals(q.speaker()))
                    ? new Quotation(person, q.text(), q.evidence()) : q);
            claims.replaceAll(c -> c.evidence().sentence() == u.sentence() && u.owner().equals(c.claimant())
                    && !person.equals(c.accused())
                    ? new Claim(person, c.content(), c.accused(), c.reportedBy(), c.evidence()) : c);
        }
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT);
    }
}
