package org.newsgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.cli.CommandRun;

/**
 * {@code newsgraph push} against endpoints that do not behave: one that redirects elsewhere, and
 * one that lost graphs the push record says landed. The endpoints are {@link FakeGraphStore}s in
 * this JVM, so the tests take seconds.
 */
class PushSafetyTest {
    @TempDir
    static Path tmp;
    static Path db;
    static Path credentials;

    @BeforeAll
    static void build() throws Exception {
        db = SampleDataset.build(tmp);
        credentials = tmp.resolve("push.credentials");
        Files.writeString(credentials, "alice:secret\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
    }

    private static CommandRun push(String endpoint, String... more) {
        List<String> args = new ArrayList<>(List.of("push", "--db", db.toString(), "--endpoint", endpoint,
                "--credentials-file", credentials.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args);
    }

    @Test
    void aRedirectIsAFailureAndNothingGoesWhereItPoints() throws Exception {
        try (FakeGraphStore endpoint = FakeGraphStore.start(); FakeGraphStore elsewhere = FakeGraphStore.start()) {
            endpoint.redirectTo(elsewhere.endpoint());
            CommandRun r = push(endpoint.endpoint());
            assertEquals(1, r.code(), r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("307") && r.err().contains("redirect")
                    && r.err().contains(elsewhere.endpoint()), r.err());
            assertEquals(List.of(), elsewhere.requests(), "the redirect target never hears of the push");
            assertEquals(1, endpoint.requests().size(), "one request, not followed: " + endpoint.requests());
            PushRecord record = PushRecord.open(db, URI.create(endpoint.endpoint()));
            assertEquals(0, record.graphs().size(), "nothing is recorded as pushed: " + record.graphs());
        }
    }
}
