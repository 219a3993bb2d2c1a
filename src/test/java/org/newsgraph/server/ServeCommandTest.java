package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleDataset;
import org.newsgraph.cli.CommandRun;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph serve}'s server options through picocli's {@code execute}: a value that is not
 * a number is a usage error (exit 2); a number out of range or an unknown host fails (exit 1) with
 * the option in the message, before the dataset is opened; a busy port fails with one line.
 */
class ServeCommandTest {
    @TempDir
    Path tmp;


    CommandRun serve(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--db";
        // No dataset here: the options must be rejected before the command looks for one.
        args[2] = tmp.resolve("nothing").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return CommandRun.of(args);
    }

    @Test
    void helpListsTheServerOptions() {
        CommandRun r = serve("--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--host", "--update", "--timeout", "--max-results", "--port", "--admin",
                "--service-allow", "--no-service"}) {
            assertTrue(r.out().contains(option), r.out());
        }
        assertTrue(r.out().contains("default: 30"), r.out());
        assertTrue(r.out().contains("default: 100000"), r.out());
        assertTrue(r.out().contains("https://query.wikidata.org/sparql"), "the default SERVICE endpoint: " + r.out());
    }

    @Test
    void aValueThatIsNotANumberIsAUsageError() {
        for (String option : new String[] {"--timeout", "--max-results", "--port"}) {
            CommandRun r = serve(option, "soon");
            assertEquals(2, r.code(), option + ": " + r.err());
            assertTrue(r.err().contains(option) && r.err().contains("'soon'"), r.err());
        }
        CommandRun missing = serve("--timeout");
        assertEquals(2, missing.code(), missing.err());
    }

    @Test
    void aNumberOutOfRangeFailsWithTheOption() {
        assertFails("newsgraph: --timeout 0: the query timeout is a number of seconds greater than 0", "--timeout", "0");
        assertFails("newsgraph: --timeout -5:", "--timeout", "-5");
        assertFails("newsgraph: --max-results 0: the result limit is a number of rows greater than 0", "--max-results", "0");
        assertFails("newsgraph: --max-results -1:", "--max-results", "-1");
        assertFails("newsgraph: --port 70000: a port is a number from 1 to 65535", "--port", "70000");
    }

    @Test
    void adminNeedsUpdateAndLoopback() {
        assertFails("newsgraph: --admin needs --update", "--admin");
        assertFails("newsgraph: --admin with --host 0.0.0.0: the admin operations have no login", "--admin", "--update",
                "--host", "0.0.0.0");
    }

    @Test
    void aServiceEndpointIsAnHttpUrl() {
        assertFails("newsgraph: --service-allow \"file:///etc/passwd\": not an http(s) URL", "--service-allow", "file:///etc/passwd");
        assertFails("newsgraph: --service-allow \"wikidata\": not an http(s) URL", "--service-allow", "wikidata");
        CommandRun both = serve("--no-service", "--service-allow", NewsgraphServer.WIKIDATA_ENDPOINT);
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("--no-service and --service-allow"), both.err());
    }

    @Test
    void anUnknownHostFailsWithTheOption() {
        assertFails("newsgraph: --host \"not a host\": unknown host", "--host", "not a host");
    }

    @Test
    void goodOptionsGetAsFarAsTheMissingDataset() {
        CommandRun r = serve("--host", "127.0.0.2", "--port", "0", "--timeout", "5", "--max-results", "10", "--update",
                "--admin", "--service-allow", "https://dbpedia.org/sparql", "--service-allow", "http://localhost:3031/ds/sparql");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no newsgraph dataset here"), r.err());
    }

    @Test
    void aBusyPortFailsWithOneLineAndLeavesNothingBehind() throws IOException {
        Path db = SampleDataset.build(tmp);
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(busy.getLocalPort());
            // The second with Fuseki's admin module, which has a work folder.
            for (String[] options : new String[][] {{}, {"--update", "--admin"}}) {
                System.clearProperty("FUSEKI_BASE");
                CommandRun r = CommandRun.of(Stream.concat(Stream.of("serve", "--db", db.toString(), "--port", port),
                        Stream.of(options)).toList());
                assertEquals(1, r.code(), r.err());
                assertEquals("newsgraph: port " + port + " is in use; pick another with --port or stop the other server",
                        r.err().strip());
                String workFolder = System.getProperty("FUSEKI_BASE");
                assertTrue(options.length == 0 || workFolder != null, "the admin module had a work folder");
                assertTrue(workFolder == null || !Files.exists(Path.of(workFolder)), "left behind: " + workFolder);
            }
        }
        try (Store again = Store.open(db)) {
            assertTrue(again.dataset() != null, "the database is not left locked");
        }
    }

    void assertFails(String expected, String... options) {
        CommandRun r = serve(options);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith(expected), r.err());
        assertFalse(r.err().contains("no newsgraph dataset"), "options are checked first: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v");
    }
}
