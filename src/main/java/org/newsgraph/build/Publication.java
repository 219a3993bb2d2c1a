package org.newsgraph.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.newsgraph.Locations;
import org.newsgraph.StoreException;
import org.newsgraph.rdf.GraphProfile;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BuildFolders;
import org.newsgraph.store.DatasetLayout;
import org.newsgraph.store.FusekiConfig;

/**
 * The publish stage of a build, and the folders around it: the output folder made ready, the lock
 * that keeps two builds from writing one dataset, a new build folder, its settings and counts, and
 * the switch that puts a complete build in use in one atomic rename, so that a build that fails or
 * is killed at any moment leaves the previous dataset as it was (see {@link DatasetLayout}).
 */
final class Publication {
    private Publication() {
    }

    /**
     * Makes the output folder ready: created if new; refused if it holds anything but a newsgraph
     * dataset, so that nothing in it is lost.
     */
    static void prepare(DatasetLayout layout) {
        Path out = layout.dir();
        if (layout.isEarlierLayout()) {
            throw new StoreException(Locations.describe(out) + " holds a dataset of an earlier newsgraph version; "
                    + "delete it (rm -r " + Locations.describe(out) + ") and build again");
        }
        if (Files.exists(out) && !layout.isDataset() && !isEmptyDir(out) && !Files.isDirectory(layout.builds())) {
            throw new StoreException(Locations.describe(out) + " exists and is not a newsgraph dataset; "
                    + "choose another --out folder so that nothing in it is lost");
        }
        try {
            Files.createDirectories(layout.builds());
        } catch (IOException | SecurityException e) {
            throw new StoreException(Locations.describe(out) + ": cannot create the output folder ("
                    + e.getMessage() + "); choose a writable --out", e);
        }
    }

    /** The dataset's build lock; refused while another build holds it. */
    static FileLock lock(FileChannel channel, DatasetLayout layout) throws IOException {
        FileLock lock = BuildFolders.tryLock(channel);
        if (lock == null) {
            throw new StoreException(Locations.describe(layout.dir()) + ": another build is writing this dataset "
                    + "right now; wait for it to finish, then build again");
        }
        return lock;
    }

    /** A new build folder, named by time so that builds list in order; readable like the rest of the output. */
    static Path createBuildFolder(DatasetLayout layout) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").format(LocalDateTime.now());
        for (int n = 0;; n++) {
            try {
                return Files.createDirectory(layout.builds().resolve("build-" + stamp + (n == 0 ? "" : "-" + n)));
            } catch (FileAlreadyExistsException e) {
                // two builds in the same millisecond: try the next name
            }
        }
    }

    /** Writes the build's settings and counts; no time stamp, so equal builds give equal files. */
    static void writeBuildInfo(Path file, Iris iris, boolean dumps, GraphProfile profile, BuildSummary summary) {
        String info = "# newsgraph build\n"
                + "base=" + iris.base() + "\n"
                + "articles=" + summary.articles() + "\n"
                + "entities=" + summary.entities() + "\n"
                + "mentions=" + summary.mentions() + "\n"
                + "triples=" + summary.quads() + "\n"
                + "dumps=" + dumps + "\n"
                + "profile=" + profile.label() + "\n";
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.writeString(next, info, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Puts a complete build in use: the {@code current} link is replaced in one atomic rename, the
     * stable links and the Fuseki configuration are made if missing, and the builds no longer in
     * use (earlier ones, and folders of builds that were killed) are removed.
     */
    static void switchTo(DatasetLayout layout, DatasetLayout.Build build) throws IOException {
        Path next = layout.dir().resolve("current.next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, layout.dir().relativize(build.dir()));
        Files.move(next, layout.current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (String file : DatasetLayout.FILES) {
            Path link = layout.dir().resolve(file);
            if (!Files.isSymbolicLink(link)) {
                Files.createSymbolicLink(link, Path.of("current", file));
            }
        }
        Path config = layout.dir().resolve("fuseki.ttl.next");
        FusekiConfig.write(config, layout.tdb2());
        Files.move(config, layout.fusekiConfig(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOtherBuilds(layout, build.dir());
    }

    /**
     * Removes the build folders other than the one in use: earlier builds and those of killed builds,
     * but not one whose database a process still holds (a running server switches to the new build
     * and removes it, or the next build does).
     */
    static void removeOtherBuilds(DatasetLayout layout, Path inUse) throws IOException {
        try (Stream<Path> builds = Files.list(layout.builds())) {
            // by name: the folder in use may be named through a link of another spelling
            for (Path old : builds.filter(b -> !b.getFileName().equals(inUse.getFileName())).toList()) {
                BuildFolders.removeIfUnused(old);
            }
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
