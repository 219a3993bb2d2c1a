package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Another program on the same machine (a stock Fuseki, a build in the middle of an update): a JVM
 * of its own that opens TDB2 databases and takes file locks when told to on its standard input,
 * and lets go of them all on {@code release}. Its {@link #main} is that process; the rest drives it.
 *
 * <pre>{@code
 * try (OtherProcess other = OtherProcess.start(tmp)) {
 *     other.open(out.resolve("tdb2"));    // the database is held by another process now
 *     other.release();
 * }
 * }</pre>
 */
final class OtherProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    private OtherProcess(Process process) {
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the process; the class path goes in an argument file in {@code work}, so its command line stays short. */
    static OtherProcess start(Path work) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path argFile = work.resolve("other-process.args");
        String classPath = System.getProperty("java.class.path").replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(argFile, "-cp \"" + classPath + "\"\n", StandardCharsets.UTF_8);
        return new OtherProcess(new ProcessBuilder(java, "@" + argFile, OtherProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    long pid() {
        return process.pid();
    }

    /** Opens the TDB2 database in {@code tdb2} (and reads it), as Fuseki does. */
    void open(Path tdb2) throws IOException {
        send("open " + tdb2.toAbsolutePath());
    }

    /** Takes an exclusive lock on {@code file}, as a build does on its dataset's {@code .build.lock}. */
    void lock(Path file) throws IOException {
        send("lock " + file.toAbsolutePath());
    }

    /** Closes every database and releases every lock. */
    void release() throws IOException {
        send("release");
    }

    private void send(String command) throws IOException {
        commands.println(command);
        String answer = answers.readLine();
        if (answer == null || !answer.equals("ok")) {
            throw new IllegalStateException("the other process failed at \"" + command + "\": " + answer);
        }
    }

    @Override
    public void close() {
        commands.close();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The other process: one command a line on standard input, "ok" or the error on standard output. */
    public static void main(String[] args) throws IOException {
        List<DatasetGraph> databases = new ArrayList<>();
        List<FileChannel> locks = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            String[] words = line.split(" ", 2);
            try {
                switch (words[0]) {
                    case "open" -> {
                        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(words[1])));
                        Txn.executeRead(dsg, () -> dsg.find().hasNext());
                        databases.add(dsg);
                    }
                    case "lock" -> {
                        FileChannel channel = FileChannel.open(Path.of(words[1]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock();
                        if (lock == null) {
                            throw new IOException("locked by someone else");
                        }
                        locks.add(channel);
                    }
                    case "release" -> {
                        databases.forEach(TDBInternal::expel);
                        databases.clear();
                        for (FileChannel channel : locks) {
                            channel.close();
                        }
                        locks.clear();
                    }
                    default -> throw new IllegalArgumentException("unknown command " + words[0]);
                }
                System.out.println("ok");
            } catch (RuntimeException | IOException e) {
                System.out.println("failed: " + e);
            }
            System.out.flush();
        }
    }
}
