package org.newsgraph.opendata;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.export.OutputFile;

/**
 * Writes the imported rows as the files of {@code data/opendata/}: UTF-8, a header row, commas,
 * RFC 4180 quoting, {@code \n} line ends, {@code |} between the values of a list cell, {@code " ; "}
 * between source tags, an empty cell for unknown. Each file appears whole or not at all; nothing in
 * it depends on the time of the run, so the same input gives the same bytes.
 *
 * <pre>{@code
 * OpenDataWriter.places(Path.of("data/opendata/places.csv"), places);
 * }</pre>
 */
final class OpenDataWriter {
    static final String PLACES = "places.csv";
    static final String PARTIES = "parties.csv";
    static final String PEOPLE = "people.csv";
    static final String OFFICES = "offices.csv";
    static final String CONFLICTS = "conflicts.csv";

    static final List<String> PLACE_COLUMNS = List.of("id", "kind", "label", "aliases", "country", "wikidata",
            "id_quality", "level", "population", "admin1", "lat", "lon", "source");
    static final List<String> PARTY_COLUMNS = List.of("id", "kind", "label", "aliases", "country", "wikidata",
            "id_quality", "source");
    static final List<String> PERSON_COLUMNS = List.of("id", "kind", "label", "aliases", "countries", "wikidata",
            "id_quality", "gender", "born", "died", "source");
    static final List<String> OFFICE_COLUMNS = List.of("person", "position", "position_wikidata", "country", "start",
            "end", "source");
    static final List<String> CONFLICT_COLUMNS = List.of("kind", "label", "country", "ids", "sources");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String LIST = "|";
    private static final String SOURCES = " ; ";
    private static final String ORGANIZATION = "Organization";
    private static final String PERSON = "Person";

    private OpenDataWriter() {
    }

    static void places(Path file, List<Place> places) {
        write(file, PLACE_COLUMNS, places, p -> List.of(p.id(), p.kind(), p.label(), list(p.aliases()), p.country(),
                p.wikidata(), p.quality().label(), p.level(), p.population() > 0 ? Long.toString(p.population()) : "",
                p.admin1(), p.lat(), p.lon(), String.join(SOURCES, p.sources())));
    }

    static void parties(Path file, List<Party> parties) {
        write(file, PARTY_COLUMNS, parties, p -> List.of(p.id(), ORGANIZATION, p.label(), list(p.aliases()),
                p.country(), p.wikidata(), IdQuality.SINGLE.label(), String.join(SOURCES, p.sources())));
    }

    static void people(Path file, List<Person> people) {
        write(file, PERSON_COLUMNS, people, p -> List.of(p.id(), PERSON, p.label(), list(p.aliases()),
                list(p.countries()), p.wikidata(), IdQuality.SINGLE.label(), p.gender(), p.born(), p.died(),
                Person.SOURCE));
    }

    static void offices(Path file, List<Office> offices) {
        write(file, OFFICE_COLUMNS, offices, o -> List.of(o.person(), o.position(), o.positionWikidata(), o.country(),
                o.start(), o.end(), o.source()));
    }

    static void conflicts(Path file, List<Conflict> conflicts) {
        write(file, CONFLICT_COLUMNS, conflicts, c -> List.of(c.kind(), c.label(), c.country(), list(c.ids()),
                c.sources()));
    }

    private static String list(List<String> values) {
        return String.join(LIST, values.stream().map(Text::clean).filter(v -> !v.isEmpty()).toList());
    }

    private static <T> void write(Path file, List<String> columns, List<T> rows, Function<T, List<String>> cells) {
        OutputFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(columns);
            for (T row : rows) {
                printer.printRecord(cells.apply(row));
            }
            printer.flush();
        });
    }
}
