package org.newsgraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process that holds a dataset's TDB2 database, as far as can be told: a running
 * {@code newsgraph serve} (it records itself, see {@link ServingRecord}), a {@code newsgraph build}
 * updating the dataset (it holds the dataset's build lock), or another program, named by its
 * process id and command line when the system shows them.
 *
 * <pre>{@code
 * DatabaseHolder holder = e.holder();
 * holder.describe();   // "process 5368 (java -jar jena-fuseki-server-5.6.0.jar --config out/fuseki.ttl)"
 * }</pre>
 *
 * @param pid      the holder's process id, when TDB2 could tell it
 * @param command  the holder's command line, when the system shows it
 * @param server   the newsgraph server that holds it, if that is who
 * @param building whether a build is writing the dataset right now
 */
public record DatabaseHolder(OptionalLong pid, Optional<String> command, Optional<ServingRecord> server,
        boolean building) {
    /** How Jena's lock error names the holder: "… held by process 5368". */
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
    private static final int COMMAND_SHOWN = 120;
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    /**
     * The holder of the database of {@code layout}'s dataset, from Jena's lock error (which reads
     * the holder's process id from the lock file) and what newsgraph's own processes record.
     */
    static DatabaseHolder of(DatasetLayout layout, String lockError) {
        Matcher m = HELD_BY.matcher(String.valueOf(lockError));
        OptionalLong pid = m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        Optional<ServingRecord> server = ServingRecord.read(layout.dir())
                .filter(s -> pid.isPresent() && s.pid() == pid.getAsLong());
        Optional<String> command = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).flatMap(DatabaseHolder::command)
                : Optional.empty();
        return new DatabaseHolder(pid, command, server, server.isEmpty() && buildRunning(layout));
    }

    /**
     * Whether a build holds the dataset's build lock: probed with a shared lock, which fails while a
     * build holds its exclusive one. Only ever called from a process that holds no lock on that file
     * (closing a channel releases all of a process's locks on the file).
     */
    private static boolean buildRunning(DatasetLayout layout) {
        if (!Files.isRegularFile(layout.lock())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.READ)) {
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The process's program and arguments, without a Java class path (long, and says little), cut to a line. */
    private static Optional<String> command(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String[] words;
        if (info.command().isPresent() && info.arguments().isPresent()) {
            words = new String[info.arguments().get().length + 1];
            words[0] = info.command().get();
            System.arraycopy(info.arguments().get(), 0, words, 1, words.length - 1);
        } else if (info.commandLine().isPresent()) {
            // the system gives no separate arguments for a long command line, only the whole line
            words = info.commandLine().get().split(" ");
        } else {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(Path.of(words[0]).getFileName().toString());
        String[] args = Arrays.copyOfRange(words, 1, words.length);
        for (int i = 0; i < args.length; i++) {
            line.append(' ').append(args[i]);
            if (CLASS_PATH.contains(args[i]) && i + 1 < args.length) {
                line.append(" \u2026");
                i++;
            }
        }
        return Optional.of(cut(line.toString()));
    }

    private static String cut(String text) {
        return text.length() <= COMMAND_SHOWN ? text : text.substring(0, COMMAND_SHOWN - 1) + "\u2026";
    }

    /** Who holds the database, for a message. */
    public String describe() {
        if (server.isPresent()) {
            return server.get().describe();
        }
        return (pid.isPresent() ? "process " + pid.getAsLong() : "another process")
                + command.map(c -> " (" + c + ")").orElse("")
                + (building ? ", while a `newsgraph build` is writing this dataset" : "");
    }
}
