package org.newsgraph.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.export.OutputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open-data import: reads the source files of the open-data folder (Natural Earth places, dr5hn
 * cities and regions cross-checked with Google's, Party Facts parties, every-politician-scrapers
 * people and offices), maps every country to the curated gazetteer's {@code Country} rows, merges
 * rows that describe the same place, gives every entity an id and writes {@code places.csv},
 * {@code parties.csv}, {@code people.csv}, {@code offices.csv} and {@code conflicts.csv} into the
 * output folder, with the licence texts of {@code licences/}. The same input gives byte-identical
 * files.
 *
 * <pre>{@code
 * ImportReport report = OpenDataImport.builder()
 *         .from(Path.of("../shared/opendata"))
 *         .to(Path.of("data/opendata"))
 *         .gazetteer(Path.of("data/gazetteer"))
 *         .countryCodes(Path.of("data/opendata/country-codes.csv"))
 *         .build().run();
 * }</pre>
 */
public final class OpenDataImport {
    /** Where the files go unless told otherwise. */
    public static final String DEFAULT_TO = "data/opendata";
    /** The curated gazetteer whose countries the rows name. */
    public static final String DEFAULT_GAZETTEER = "data/gazetteer";
    /** The ISO 3166 code table. */
    public static final String DEFAULT_COUNTRY_CODES = "data/opendata/country-codes.csv";
    /** The folder of licence texts, in the source folder and in the output. */
    public static final String LICENCES = "licences";

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataImport.class);

    private final Path from;
    private final Path to;
    private final Path gazetteer;
    private final Path countryCodes;

    private OpenDataImport(Builder b) {
        this.from = Objects.requireNonNull(b.from, "from");
        this.to = b.to;
        this.gazetteer = b.gazetteer;
        this.countryCodes = b.countryCodes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the import and writes the files. */
    public ImportReport run() {
        long started = System.nanoTime();
        if (!Files.isDirectory(from)) {
            throw new InputException(from, "no such folder; --from must name the open-data folder (the one with "
                    + CitiesReader.FILE + ", " + PeopleReader.FILE + " … and their README.md)");
        }
        if (Files.exists(to) && !Files.isDirectory(to)) {
            throw new ConfigurationException("--to " + Locations.describe(to) + ": is a file; give the folder to write "
                    + "the open-data files into (it is created if missing)");
        }
        if (sameFolder(from, to)) {
            throw new ConfigurationException("--to " + Locations.describe(to) + ": is the --from folder, whose "
                    + PeopleReader.FILE + " the import would overwrite; write into another folder, e.g. "
                    + DEFAULT_TO);
        }
        ImportTally tally = new ImportTally();
        List<GazetteerCountry> gazetteerCountries = GazetteerCountriesReader.read(gazetteer);
        List<CountryCodeRow> codes = CountryCodesReader.read(countryCodes);
        Map<String, String> countryQids = CountryQidsReader.read(from.resolve(CountryQidsReader.FILE));
        List<NaturalEarthRow> naturalEarth = NaturalEarthReader.read(from.resolve(NaturalEarthReader.FILE));
        tally.read(NaturalEarthReader.FILE, naturalEarth.size());
        CountryMap countries = CountryMap.build(gazetteerCountries, codes, countryQids, naturalEarth);
        LOG.debug("Countries: {} gazetteer countries, {} ISO codes mapped to them", gazetteerCountries.size(),
                countries.mappedCodes());

        List<CityRow> cities = CitiesReader.read(from.resolve(CitiesReader.FILE));
        tally.read(CitiesReader.FILE, cities.size());
        List<Place> settlements = Settlements.merge(naturalEarth, cities, countries, tally);
        List<AdminUnitRow> adminUnits = AdminUnitsReader.read(from.resolve(AdminUnitsReader.FILE));
        tally.read(AdminUnitsReader.FILE, adminUnits.size());
        Regions.Result regions = Regions.build(adminUnits, settlements, countries, tally);

        List<PersonRow> personRows = PeopleReader.read(from.resolve(PeopleReader.FILE));
        tally.read(PeopleReader.FILE, personRows.size());
        List<OfficeHolderRow> officeRows = OfficeHoldersReader.read(from.resolve(OfficeHoldersReader.FILE));
        tally.read(OfficeHoldersReader.FILE, officeRows.size());
        List<PartyFactsRow> partyRows = PartiesReader.read(from.resolve(PartiesReader.FILE));
        tally.read(PartiesReader.FILE, partyRows.size());

        EntityIds ids = new EntityIds();
        List<Place> allPlaces = new ArrayList<>(regions.settlements());
        allPlaces.addAll(regions.regions());
        List<Place> places = ids.places(allPlaces);
        List<Person> people = ids.people(People.build(personRows, countries, tally));
        Map<String, String> personIds = new HashMap<>();
        people.forEach(p -> personIds.put(p.wikidata(), p.id()));
        List<Office> offices = Offices.build(officeRows, personIds, countries, tally);
        List<Party> parties = ids.parties(Parties.build(partyRows, countries, tally));
        List<Conflict> conflicts = Conflicts.of(places);

        OpenDataWriter.places(to.resolve(OpenDataWriter.PLACES), places);
        OpenDataWriter.parties(to.resolve(OpenDataWriter.PARTIES), parties);
        OpenDataWriter.people(to.resolve(OpenDataWriter.PEOPLE), people);
        OpenDataWriter.offices(to.resolve(OpenDataWriter.OFFICES), offices);
        OpenDataWriter.conflicts(to.resolve(OpenDataWriter.CONFLICTS), conflicts);
        int licences = copyLicences();

        List<ImportReport.OutputCount> outputs = List.of(
                new ImportReport.OutputCount(OpenDataWriter.PLACES, places.size(),
                        qualities(places.stream().map(Place::quality))),
                new ImportReport.OutputCount(OpenDataWriter.PARTIES, parties.size(),
                        qualities(parties.stream().map(p -> IdQuality.SINGLE))),
                new ImportReport.OutputCount(OpenDataWriter.PEOPLE, people.size(),
                        qualities(people.stream().map(p -> IdQuality.SINGLE))),
                new ImportReport.OutputCount(OpenDataWriter.OFFICES, offices.size(), Map.of()),
                new ImportReport.OutputCount(OpenDataWriter.CONFLICTS, conflicts.size(), Map.of()),
                new ImportReport.OutputCount(LICENCES + "/", licences, Map.of()));
        return tally.report(outputs, Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static Map<IdQuality, Long> qualities(Stream<IdQuality> qualities) {
        Map<IdQuality, Long> counts = new EnumMap<>(IdQuality.class);
        qualities.forEach(q -> counts.merge(q, 1L, Long::sum));
        return counts;
    }

    /** Copies the licence texts of the source folder, whose terms the output carries on. */
    private int copyLicences() {
        Path dir = from.resolve(LICENCES);
        if (!Files.isDirectory(dir)) {
            LOG.warn("{}: no licence texts to copy", Locations.describe(dir));
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InputException(file, "cannot be read (" + e.getMessage() + ")", e);
            }
            OutputFile.write(to.resolve(LICENCES).resolve(file.getFileName().toString()), out -> out.write(bytes));
        }
        return files.size();
    }

    /** The options of an import. */
    public static final class Builder {
        private Path from;
        private Path to = Path.of(DEFAULT_TO);
        private Path gazetteer = Path.of(DEFAULT_GAZETTEER);
        private Path countryCodes = Path.of(DEFAULT_COUNTRY_CODES);

        private Builder() {
        }

        /** The open-data folder (required). */
        public Builder from(Path folder) {
            this.from = folder;
            return this;
        }

        /** The folder written (default {@value OpenDataImport#DEFAULT_TO}). */
        public Builder to(Path folder) {
            this.to = Objects.requireNonNull(folder, "to");
            return this;
        }

        /** The curated gazetteer folder (default {@value OpenDataImport#DEFAULT_GAZETTEER}). */
        public Builder gazetteer(Path folder) {
            this.gazetteer = Objects.requireNonNull(folder, "gazetteer");
            return this;
        }

        /** The ISO 3166 code table (default {@value OpenDataImport#DEFAULT_COUNTRY_CODES}). */
        public Builder countryCodes(Path file) {
            this.countryCodes = Objects.requireNonNull(file, "countryCodes");
            return this;
        }

        public OpenDataImport build() {
            return new OpenDataImport(this);
        }
    }
}
