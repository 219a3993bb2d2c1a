package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;

/**
 * The folders that killed builds leave (they can hold gigabytes) go as soon as a server starts on
 * the dataset, not only at the next build; never the build in use, never while a build runs.
 */
class AbandonedBuildsTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledBuildsFolderGoesButNotTheBuildInUseNorWhileABuildRuns() throws IOException {
        Path out = SampleDataset.build(tmp);
        DatasetLayout layout = new DatasetLayout(out);
        Path inUse = layout.current().toRealPath();
        Path killed = Files.createDirectories(layout.builds().resolve("build-20260101-000000-000/tdb2/Data-0001"));
        Files.write(killed.resolve("nodes.dat"), new byte[4096]);

        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock building = channel.lock()) {
            assertTrue(building.isValid());
            assertEquals(0, BuildFolders.removeAbandoned(layout), "a running build may still be writing it");
        }
        assertTrue(Files.isDirectory(killed));

        assertEquals(1, BuildFolders.removeAbandoned(layout));
        assertFalse(Files.exists(layout.builds().resolve("build-20260101-000000-000")));
        assertTrue(Files.isDirectory(inUse.resolve("tdb2")), "the build in use stays");
        assertTrue(layout.isDataset());
    }
}
