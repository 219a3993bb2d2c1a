package org.newsgraph.world;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of office the open data records: who held which post, of which country, from when to when. It is
 * what the data knows, not what an article says.
 *
 * @param person          the person's open-data id
 * @param position        the post's English name ("Prime Minister of Armenia")
 * @param positionWikidata the post's Wikidata id, or empty
 * @param country         the gazetteer id of the post's country, or empty for an international post
 * @param start           when the term began (ISO date, year-month or year), or empty
 * @param end             when it ended, or empty when the source knew no end
 * @param source          the source row
 */
public record Office(String person, String position, String positionWikidata, String country, String start,
        String end, String source) {
    public Office {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(position, "position");
    }

    /** Whether the other record is the same term: same person, post, country and dates. */
    public boolean sameTerm(Office other) {
        return person.equals(other.person) && position.equals(other.position)
                && java.util.Objects.equals(positionWikidata, other.positionWikidata)
                && java.util.Objects.equals(country, other.country) && java.util.Objects.equals(start, other.start)
                && java.util.Objects.equals(end, other.end);
    }

    /**
     * Whether the term covers {@code date}: true when it began on or before it and had not ended before it;
     * an unknown date or an unreadable bound counts as covering.
     */
    public boolean covers(LocalDate date) {
        if (date == null) {
            return true;
        }
        LocalDate from = Dates.earliest(start);
        LocalDate to = Dates.latest(end);
        return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
    }
}
