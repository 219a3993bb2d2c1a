package org.newsgraph.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsgraph.Bundled;
import org.newsgraph.StoreException;

/**
 * A digest of everything besides the articles that decides what a build writes: newsgraph's own
 * code, the data folder's gazetteer, rules and accepted links, the shapes and the ontology, and
 * the base IRI. An incremental build reuses the graphs of unchanged articles only when the
 * fingerprint is the one the previous build recorded; anything else changed means a full build.
 *
 * <pre>{@code
 * String fingerprint = BuildFingerprint.of(List.of(data.resolve("gazetteer"), data.resolve("rules")), base);
 * }</pre>
 */
final class BuildFingerprint {
    private BuildFingerprint() {
    }

    /** The fingerprint of the code, the files under {@code inputs} (files or folders) and {@code base}. */
    static String of(List<Path> inputs, String base) {
        MessageDigest sha = sha256();
        sha.update(base.getBytes(StandardCharsets.UTF_8));
        code().ifPresent(code -> {
            if (Files.isRegularFile(code)) {
                addJar(sha, code);
            } else {
                add(sha, code);
            }
        });
        for (Path input : inputs) {
            add(sha, input);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The jar or class folder newsgraph runs from. */
    private static Optional<Path> code() {
        try {
            return Optional.of(Path.of(BuildFingerprint.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Adds the names, CRC-32s and sizes of the jar's entries that make newsgraph's output, from its
     * central directory and in name order: newsgraph's classes, its bundled defaults and the
     * versions of the libraries it holds ({@code META-INF/maven}). As telling as the jar's bytes
     * for telling two builds of newsgraph apart, without reading 40 MB; and the same in another jar
     * that carries the same newsgraph, such as the build on Spark's, whose own classes are left out.
     */
    private static void addJar(MessageDigest sha, Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ByteBuffer entry = ByteBuffer.allocate(16);
            zip.stream().filter(e -> decides(e.getName())).sorted(Comparator.comparing(ZipEntry::getName)).forEach(e -> {
                sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                entry.clear();
                entry.putLong(e.getCrc()).putLong(e.getSize());
                sha.update(entry.array());
            });
        } catch (IOException e) {
            throw new StoreException(jar + ": cannot read newsgraph's own jar (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a jar entry is one of those that decide the output (see {@link #addJar}). */
    static boolean decides(String entry) {
        if (entry.startsWith("org/newsgraph/spark/") || entry.startsWith("META-INF/maven/org.newsgraph/newsgraph-spark/")) {
            return false;
        }
        return entry.startsWith("org/newsgraph/") || entry.startsWith(Bundled.ROOT + "/")
                || entry.startsWith("META-INF/maven/") && entry.endsWith("/pom.properties");
    }

    /** Adds the names and contents of the files under {@code root}, in name order. */
    private static void add(MessageDigest sha, Path root) {
        if (!Files.exists(root)) {
            sha.update((byte) 0);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new StoreException(root + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
