package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.Locations;
import org.newsgraph.opendata.IdQuality;
import org.newsgraph.opendata.ImportReport;
import org.newsgraph.opendata.OpenDataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph import-opendata}: turns the open-data folder into {@code data/opendata/*.csv}
 * and prints what it read, skipped and wrote.
 *
 * <pre>{@code
 * newsgraph import-opendata --from ../shared/opendata
 * newsgraph import-opendata --from opendata --to my-opendata --gazetteer data/gazetteer
 * }</pre>
 */
@Command(name = "import-opendata", mixinStandardHelpOptions = true,
        description = "Imports world-scale open data with Wikidata ids (settlements, regions, parties, politicians "
                + "and their offices) into newsgraph's own CSV files: places.csv, parties.csv, people.csv, offices.csv "
                + "and conflicts.csv (places whose sources give different ids), with the sources' licence texts. "
                + "Countries are mapped to the curated gazetteer's Country rows; rows of a country it lacks are "
                + "skipped. The same input gives byte-identical files.")
final class ImportOpenDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR",
            description = "The open-data folder: populated-places-naturalearth.csv, cities.csv, admin-units.csv, "
                    + "parties.csv, people.csv, office-holders.csv, countries.csv and licences/.")
    Path from;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = OpenDataImport.DEFAULT_TO,
            description = "The folder written (default: ${DEFAULT-VALUE}); its files are replaced.")
    Path to;

    @Option(names = "--gazetteer", paramLabel = "DIR", defaultValue = "bundled:" + OpenDataImport.DEFAULT_GAZETTEER,
            description = "The curated gazetteer whose Country rows the imported rows name (default: ${DEFAULT-VALUE}).")
    Path gazetteer;

    @Option(names = "--country-codes", paramLabel = "FILE", defaultValue = "bundled:" + OpenDataImport.DEFAULT_COUNTRY_CODES,
            description = "The ISO 3166 code table (iso2,iso3,name,official_name,wikidata; default: ${DEFAULT-VALUE}).")
    Path countryCodes;

    @Override
    public Integer call() {
        ImportReport report = OpenDataImport.builder().from(from).to(to).gazetteer(gazetteer).countryCodes(countryCodes)
                .build().run();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Imported %s into %s in %.1f s%n", Locations.describe(from), Locations.describe(to),
                report.elapsed().toMillis() / 1000.0);
        for (ImportReport.SourceCount s : report.sources()) {
            out.printf(Locale.ROOT, "  read %-34s %,9d row%s%s%n", s.file(), s.read(), s.read() == 1 ? "" : "s",
                    skipped(s));
            s.notes().forEach((what, n) -> out.printf(Locale.ROOT, "       %-34s %,9d %s%n", "", n, what));
        }
        for (ImportReport.OutputCount o : report.outputs()) {
            out.printf(Locale.ROOT, "  wrote %-33s %,9d %s%s%n", o.file(), o.written(),
                    (o.file().endsWith("/") ? "file" : "row") + (o.written() == 1 ? "" : "s"), qualities(o.byQuality()));
        }
        out.flush();
        return 0;
    }

    private static String skipped(ImportReport.SourceCount s) {
        if (s.skipped().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        s.skipped().forEach((reason, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, reason)));
        return String.format(Locale.ROOT, ", skipped %,d (%s)", s.skippedTotal(), String.join(", ", parts));
    }

    private static String qualities(Map<IdQuality, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((q, n) -> parts.add(String.format(Locale.ROOT, "%s %,d", q.label(), n)));
        return " (" + String.join(", ", parts) + ")";
    }
}
