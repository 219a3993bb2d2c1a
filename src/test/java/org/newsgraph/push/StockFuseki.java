package org.newsgraph.push;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A stock Fuseki server run the way a user runs it: a separate JVM started from Fuseki's own
 * command line ({@code FusekiMainCmd --loc=DIR --update --localhost --port=N --passwd=FILE
 * --auth=basic /ds}), so its data lives in a TDB2 folder and survives a restart on the same port.
 *
 * <pre>{@code
 * StockFuseki fuseki = StockFuseki.start(tmp.resolve("remote"), "alice", "secret");
 * fuseki.endpoint();   // http://127.0.0.1:PORT/ds/data
 * fuseki.kill();
 * fuseki.restart();
 * }</pre>
 */
final class StockFuseki {
    private final Path loc;
    private final Path passwd;
    private final Path log;
    private final int port;
    private Process process;

    private StockFuseki(Path dir, int port) {
        this.loc = dir.resolve("tdb2");
        this.passwd = dir.resolve("passwd");
        this.log = dir.resolve("fuseki.log");
        this.port = port;
    }

    /** Starts a server on a free loopback port, its database in {@code dir/tdb2}, one user. */
    static StockFuseki start(Path dir, String user, String password) throws Exception {
        Files.createDirectories(dir.resolve("tdb2"));
        // Jetty's realm file: "user: password"
        Files.writeString(dir.resolve("passwd"), user + ": " + password + "\n");
        StockFuseki fuseki = new StockFuseki(dir, freePort());
        fuseki.restart();
        return fuseki;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The Graph Store endpoint of the dataset. */
    String endpoint() {
        return "http://127.0.0.1:" + port + "/ds/data";
    }

    /** Starts the server (again, on the same port and database) and waits until it answers. */
    void restart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Dlog4j2.configurationFile=none", "-cp",
                System.getProperty("java.class.path"), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--loc=" + loc, "--update", "--localhost", "--port=" + port, "--passwd=" + passwd, "--auth=basic", "/ds")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped at start; see " + log + ":\n" + Files.readString(log));
            }
            try {
                // no login: any answer (401) means the server is up
                http.send(HttpRequest.newBuilder(URI.create(endpoint() + "?default")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        kill();
        throw new IllegalStateException("Fuseki did not answer within 60 s; see " + log);
    }

    /** Kills the server at once, as a crash or a pulled plug would. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Stops the server for good. */
    void stop() throws InterruptedException {
        kill();
    }
}
