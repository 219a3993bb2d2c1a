package org.newsgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void graphsTheEndpointLostAreSentAgain() throws Exception {
        try (FakeGraphStore store = FakeGraphStore.start()) {
            CommandRun first = push(store.endpoint());
            assertEquals(0, first.code(), first.err());
            List<String> all = List.copyOf(store.graphs());
            assertTrue(all.size() >= 3, all.toString());
            assertTrue(first.out().contains(all.size() + " graphs replaced"), first.out());

            String lost = all.get(1);
            store.lose(lost);
            CommandRun again = push(store.endpoint());
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("1 graph replaced") && again.out().contains("1 missing at the endpoint"),
                    again.out());
            assertEquals(all, List.copyOf(store.graphs()), "the lost graph is back");
            assertEquals(1, store.requests().stream().filter(q -> q.method().equals("PUT") && q.graph().equals(lost))
                    .count() - 1, "sent once more");

            // the remote store wiped: every graph again
            all.forEach(store::lose);
            CommandRun wiped = push(store.endpoint());
            assertEquals(0, wiped.code(), wiped.err());
            assertTrue(wiped.out().contains(all.size() + " graphs replaced"), wiped.out());
            assertEquals(all, List.copyOf(store.graphs()));

            // nothing lost: nothing sent
            CommandRun same = push(store.endpoint());
            assertEquals(0, same.code(), same.err());
            assertTrue(same.out().contains("0 graphs replaced") && same.out().contains(all.size() + " unchanged"),
                    same.out());
            assertFalse(same.out().contains("missing"), same.out());
        }
    }
}
