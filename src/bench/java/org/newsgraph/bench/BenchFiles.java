package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.StoreException;
import org.newsgraph.build.DatabaseLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's work on files: Jena's own floors (parse and write N-Quads, bulk-load them into a fresh
 * TDB2 database) and the small file chores around them.
 *
 * <pre>{@code
 * BenchFiles.bulkLoad(Path.of("extracted.nq"), Path.of("floor-tdb2"), DatabaseLoad.Loader.PARALLEL);
 * long bytes = BenchFiles.diskBytes(Path.of("floor-tdb2"));
 * }</pre>
 */
final class BenchFiles {
    private static final Logger LOG = LoggerFactory.getLogger(BenchFiles.class);

    private BenchFiles() {
    }

    /** Bytes of the files under a folder (their apparent size: TDB2 allocates some of them sparsely). */
    static long diskBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(BenchFiles::size).filter(n -> n > 0).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Floor: Jena reads the N-Quads and writes them out again, nothing else. */
    static void parseAndSerialise(Path in, Path out) {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            writer.start();
            RDFParser.source(in).lang(Lang.NQUADS).parse(writer);
            writer.finish();
        } catch (IOException e) {
            throw new StoreException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Floor: one of Jena's TDB2 bulk loaders, loading the same quads from a file. */
    static void bulkLoad(Path nquads, Path tdb2, DatabaseLoad.Loader kind) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tdb2));
        try {
            DatabaseLoad.bulkLoad(dsg, nquads, kind);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("{} not deleted: {}", file, e.getMessage());
        }
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
