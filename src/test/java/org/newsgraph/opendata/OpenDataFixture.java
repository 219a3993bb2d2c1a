package org.newsgraph.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The tiny open-data folder of {@code src/test/resources/opendata/}: a few rows of each source file
 * (a Natural Earth and dr5hn place merged, conflicts, a region with Google's name "Sumy Oblast",
 * parties, two namesakes, rows of countries the gazetteer lacks), a gazetteer of six countries and a
 * code table.
 *
 * <pre>{@code
 * ImportReport report = OpenDataFixture.importer(tmp.resolve("out")).build().run();
 * }</pre>
 */
final class OpenDataFixture {
    static final Path DIR = Path.of("src/test/resources/opendata");
    static final Path SOURCE = DIR.resolve("source");
    static final Path GAZETTEER = DIR.resolve("gazetteer");
    static final Path COUNTRY_CODES = DIR.resolve("country-codes.csv");

    private OpenDataFixture() {
    }

    /** An import of the fixture into {@code to}. */
    static OpenDataImport.Builder importer(Path to) {
        return OpenDataImport.builder().from(SOURCE).to(to).gazetteer(GAZETTEER).countryCodes(COUNTRY_CODES);
    }

    /** A copy of the fixture's source folder, to spoil in a test. */
    static Path copySource(Path target) {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
