package org.newsgraph.opendata;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the rows of {@code office-holders.csv} into {@code offices.csv} rows: the person by their
 * id in {@code people.csv}, the position's label and id, the country as a gazetteer id (empty for
 * international posts and for countries the gazetteer lacks, which are counted), the term as given
 * and the source files as {@code <repository>:<path>@<commit>}, joined with {@code " ; "}. A term that
 * several source files give (or one file twice) is written once, with every source; rows of a person left out
 * of {@code people.csv} are left out too.
 *
 * <pre>{@code
 * List<Office> offices = Offices.build(OfficeHoldersReader.read(file), personIdByQid, countryMap, tally);
 * }</pre>
 */
final class Offices {
    private static final int SHORT_COMMIT = 7;

    private Offices() {
    }

    static List<Office> build(List<OfficeHolderRow> rows, Map<String, String> personIdByQid, CountryMap countries,
            ImportTally tally) {
        // one term that several source files record is one row, with their sources joined
        Map<Office, Set<String>> offices = new TreeMap<>(Office.ORDER);
        for (OfficeHolderRow row : rows) {
            String person = personIdByQid.get(row.personQid());
            if (person == null) {
                tally.skip(OfficeHoldersReader.FILE, "person not in people.csv");
                continue;
            }
            if (row.positionLabel().isEmpty() && row.positionQid().isEmpty()) {
                tally.skip(OfficeHoldersReader.FILE, "no position");
                continue;
            }
            String country = "";
            if (!row.country().isEmpty() && !row.country().equals(People.INTERNATIONAL)) {
                country = countries.ofName(row.country()).orElse("");
                if (country.isEmpty()) {
                    tally.note(OfficeHoldersReader.FILE, "kept without country, not in the gazetteer", row.country());
                }
            }
            String commit = row.commit().length() > SHORT_COMMIT ? row.commit().substring(0, SHORT_COMMIT) : row.commit();
            Office term = new Office(person, row.positionLabel(), Text.isQid(row.positionQid()) ? row.positionQid() : "",
                    country, row.start(), row.end(), "");
            String source = row.sourceRepo() + ":" + row.sourcePath() + "@" + commit;
            Set<String> sources = offices.computeIfAbsent(term, t -> new TreeSet<>());
            if (!sources.isEmpty()) {
                tally.note(OfficeHoldersReader.FILE, sources.contains(source) ? "same as another row, written once"
                        : "same term in another source file, written once with both sources");
            }
            sources.add(source);
        }
        List<Office> terms = new java.util.ArrayList<>();
        offices.forEach((t, sources) -> terms.add(new Office(t.person(), t.position(), t.positionWikidata(), t.country(),
                t.start(), t.end(), String.join(" ; ", sources))));
        return List.copyOf(terms);
    }
}
