package org.newsgraph.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.InputException;
import org.newsgraph.gazetteer.GazetteerLoader;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * Reads the {@code Country} rows of the curated gazetteer (every {@code .csv} file of the folder, in
 * name order), whose ids the imported rows name in their {@code country} column.
 *
 * <pre>{@code
 * List<GazetteerCountry> countries = GazetteerCountriesReader.read(Path.of("data/gazetteer"));
 * }</pre>
 */
final class GazetteerCountriesReader {
    private static final String COUNTRY = "Country";

    private GazetteerCountriesReader() {
    }

    static List<GazetteerCountry> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "no such folder; --gazetteer must name the curated gazetteer folder "
                    + "(data/gazetteer), whose Country rows the imported rows refer to");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        List<GazetteerCountry> countries = new ArrayList<>();
        for (Path file : files) {
            for (CsvRow row : CsvTable.read(file, GazetteerLoader.COLUMNS, GazetteerLoader.OPTIONAL_COLUMNS)) {
                if (row.get("kind").equals(COUNTRY)) {
                    List<String> names = new ArrayList<>();
                    names.add(row.required("label"));
                    names.addAll(row.list("aliases"));
                    countries.add(new GazetteerCountry(row.required("id"), names, row.get("wikidata")));
                }
            }
        }
        if (countries.isEmpty()) {
            throw new InputException(dir, "the gazetteer has no Country rows; the import maps every row's country to "
                    + "one of them, so point --gazetteer at the curated gazetteer (data/gazetteer)");
        }
        return countries;
    }
}
