package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of {@code people.csv} into {@code Person} rows: the label as given, the other
 * Latin-script names as aliases, the countries as gazetteer ids ("International" and countries
 * the gazetteer lacks, such as Abkhazia, are left out and counted). A person whose label is a bare
 * Wikidata id or has no Latin letter is left out, and so are rows without a valid id.
 *
 * <pre>{@code
 * List<Person> people = People.build(PeopleReader.read(file), countryMap, tally);
 * }</pre>
 */
final class People {
    /** The country value of international posts (UN, WTO …). */
    static final String INTERNATIONAL = "International";
    private static final Pattern BARE_QID = Pattern.compile("Q[0-9]+");

    private People() {
    }

    static List<Person> build(List<PersonRow> rows, CountryMap countries, ImportTally tally) {
        List<Person> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PersonRow row : rows) {
            if (!Text.isQid(row.qid())) {
                tally.skip(PeopleReader.FILE, Settlements.BAD_ID);
            } else if (BARE_QID.matcher(row.label()).matches() || row.label().isEmpty()) {
                tally.skip(PeopleReader.FILE, "label is a bare Wikidata id");
            } else if (!Text.hasLatinLetter(row.label())) {
                tally.skip(PeopleReader.FILE, "label not in Latin script");
            } else if (!seen.add(row.qid())) {
                tally.skip(PeopleReader.FILE, "Wikidata id already imported");
            } else {
                List<String> aliases = row.names().stream()
                        .filter(n -> !n.equals(row.label()) && Text.isLatin(n)).distinct().sorted().toList();
                Set<String> ids = new LinkedHashSet<>();
                for (String name : row.countries()) {
                    if (name.equals(INTERNATIONAL)) {
                        continue;
                    }
                    Optional<String> id = countries.ofName(name);
                    if (id.isPresent()) {
                        ids.add(id.get());
                    } else {
                        tally.note(PeopleReader.FILE, "country left out, not in the gazetteer", name);
                    }
                }
                people.add(new Person("", row.label(), aliases, List.copyOf(ids), row.qid(), row.gender(),
                        row.born(), row.died()));
            }
        }
        return people;
    }
}
