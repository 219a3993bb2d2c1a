package org.newsgraph.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named thing the gazetteer knows: a country, person, organisation, settlement or region,
 * with every name by which news text refers to it.
 *
 * <pre>{@code
 * Entity armenia = new Entity("armenia", Kind.COUNTRY, "Armenia", List.of("Republic of Armenia"),
 *         List.of("Armenian", "Armenians"), List.of("Yerevan"), null, "Q399", "dr5hn countries.json");
 * }</pre>
 *
 * @param id       stable identifier, lowercase letters, digits and hyphens; the last part of its IRI
 * @param kind     what sort of thing it is
 * @param label    its usual English name
 * @param aliases  other names (short and long forms, acronyms, spellings)
 * @param demonyms adjectives and nouns for its people ("Armenian", "Azeris")
 * @param metonyms names that stand for its government ("Kremlin", "Baku")
 * @param country  id of the country it belongs to (a place's country, a person's citizenship), or null
 * @param wikidata Wikidata id like Q399, or null when no public source confirms one
 * @param source   the public source that confirms the Wikidata id, or null
 * @param coordinates where a place is, or null
 */
public record Entity(String id, Kind kind, String label, List<String> aliases, List<String> demonyms,
        List<String> metonyms, String country, String wikidata, String source, Coordinates coordinates) implements Serializable {

    /** The form of an entity id. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** The form of a Wikidata item id. */
    public static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad entity id " + id);
        }
        if (wikidata != null && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("bad Wikidata id " + wikidata);
        }
        if (wikidata != null && (source == null || source.isBlank())) {
            throw new IllegalArgumentException("Wikidata id " + wikidata + " without a source");
        }
    }

    /** An entity without coordinates. */
    public Entity(String id, Kind kind, String label, List<String> aliases, List<String> demonyms,
            List<String> metonyms, String country, String wikidata, String source) {
        this(id, kind, label, aliases, demonyms, metonyms, country, wikidata, source, null);
    }

    /** This entity with one more alias. */
    public Entity withAlias(String alias) {
        List<String> more = new ArrayList<>(aliases);
        more.add(alias);
        return new Entity(id, kind, label, more, demonyms, metonyms, country, wikidata, source, coordinates);
    }

    public Optional<Coordinates> coordinatesIfKnown() {
        return Optional.ofNullable(coordinates);
    }

    public Optional<String> countryIfKnown() {
        return Optional.ofNullable(country);
    }

    public Optional<String> wikidataIfKnown() {
        return Optional.ofNullable(wikidata);
    }
}
