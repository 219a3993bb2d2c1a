package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.newsgraph.Folders;
import org.newsgraph.Locations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes build folders no longer in use, but never one whose database a process still holds (a
 * running {@code newsgraph serve} answers from the build it opened until it switches to the new
 * one). Whether a database is held is asked of TDB2's own process lock ({@code tdb2/tdb.lock}),
 * through Jena's lock object, so a database this process holds is seen as held too; the lock is
 * kept while the folder is deleted, so no process can open the database in the meantime.
 *
 * <pre>{@code
 * BuildFolders.removeIfUnused(Path.of("out/builds/build-20260101-120000-000"));   // false while served
 * }</pre>
 */
public final class BuildFolders {
    private static final Logger LOG = LoggerFactory.getLogger(BuildFolders.class);
    /** TDB2's process lock file, inside the database folder. */
    private static final String TDB_LOCK = "tdb.lock";

    private BuildFolders() {
    }

    /**
     * Deletes the build folder {@code dir} unless a process (this one included) holds its database;
     * returns whether it is gone.
     */
    public static boolean removeIfUnused(Path dir) {
        Path lockFile = dir.resolve("tdb2").resolve(TDB_LOCK);
        if (!Files.isRegularFile(lockFile)) {
            Folders.deleteQuietly(dir);
            return !Files.exists(dir);
        }
        ProcessFileLock lock;
        try {
            lock = ProcessFileLock.create(lockFile.toString());
        } catch (RuntimeException e) {
            LOG.debug("cannot read the lock of {}: {}", dir, e.getMessage());
            return false;
        }
        boolean free;
        try {
            free = !lock.isLockedHere() && lock.tryLock();
        } catch (RuntimeException e) {
            free = false;
        }
        if (!free) {
            if (!lock.isLockedHere()) {
                ProcessFileLock.release(lock);
            }
            LOG.debug("kept {}: its database is in use", dir.getFileName());
            return false;
        }
        try {
            deleteAllBut(dir, lockFile);
        } finally {
            ProcessFileLock.release(lock);
        }
        Folders.deleteQuietly(dir);
        return !Files.exists(dir);
    }

    /**
     * Removes the build folders of {@code layout} that nothing uses: not the build in use, not one
     * whose database a process holds, and nothing at all while a build is running (it holds the
     * dataset's build lock). Killed builds leave such folders, and they can be large; a server
     * starting on the dataset calls this so that they do not wait for the next build. Returns how
     * many folders went.
     */
    public static int removeAbandoned(DatasetLayout layout) {
        if (!layout.isDataset() || !Files.isDirectory(layout.builds())) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return 0;
            }
            try (Stream<Path> builds = Files.list(layout.builds())) {
                Path inUse = layout.current().toRealPath().getFileName();
                int removed = 0;
                for (Path old : builds.filter(b -> !b.getFileName().equals(inUse)).toList()) {
                    if (removeIfUnused(old)) {
                        LOG.info("removed {}, left by a build that did not finish", Locations.describe(old));
                        removed++;
                    }
                }
                return removed;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("left the build folders of {} as they are: {}", layout.dir(), e.getMessage());
            return 0;
        }
    }

    /** The dataset's build lock, or {@code null} when a build (in this process or another) holds it. */
    public static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Deletes what {@code dir} holds but {@code keep} (the lock held while deleting). */
    private static void deleteAllBut(Path dir, Path keep) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.equals(keep)).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            LOG.warn("could not list {}: {}", dir, e.getMessage());
            return;
        }
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", f, e.getMessage());
            }
        }
    }
}
