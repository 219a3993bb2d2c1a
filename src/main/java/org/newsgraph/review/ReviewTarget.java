package org.newsgraph.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Locations;

/**
 * Checks where a review may be written. The file the review names is compared with the data
 * folder by real path (symbolic links followed, {@code .} and {@code ..} resolved as the file
 * system does, for the part of the path that exists), so no spelling of the path gets past: a
 * folder or file link, {@code link/../gazetteer/people.csv}, {@code --data} given through a link.
 * Refused: a folder; any existing file in the gazetteer folder (the gazetteer loads its
 * {@code .csv} files, and an overwritten one loses its entities); anything in the rules folder.
 * A new file in the gazetteer folder is allowed: that is how reviewed rows are added.
 *
 * <pre>{@code
 * ReviewTarget.check(Path.of("data/gazetteer/reviewed-2.csv"), Path.of("data"));   // fine: a new file
 * ReviewTarget.check(Path.of("data/gazetteer/people.csv"), Path.of("data"));       // ConfigurationException
 * }</pre>
 */
public final class ReviewTarget {
    private ReviewTarget() {
    }

    /**
     * Refuses {@code out} if writing the review there would overwrite a file of {@code data}'s
     * gazetteer or rules, or of any other data folder it lies in (a folder holding both
     * {@code gazetteer/} and {@code rules/}: the repository's {@code data/} while the review reads
     * the data bundled in the jar, or another copy).
     */
    public static void check(Path out, Path data) {
        Path target = real(out);
        String where = "--out " + out + ": ";
        if (Files.isDirectory(target)) {
            throw new ConfigurationException(where + "is a folder; give the file to write, e.g. "
                    + Locations.describe(out.resolve("review.csv")));
        }
        check(where, target, data);
        Path folder = target.getParent();
        Path around = folder == null ? null : folder.getParent();
        if (around != null && Files.isDirectory(around.resolve("gazetteer")) && Files.isDirectory(around.resolve("rules"))) {
            check(where, target, around);
        }
    }

    private static void check(String where, Path target, Path data) {
        Path gazetteer = real(data.resolve("gazetteer"));
        Path rules = real(data.resolve("rules"));
        if (target.startsWith(rules)) {
            throw new ConfigurationException(where + (Files.exists(target)
                    ? "that is " + Locations.describe(target) + ", a rules file"
                    : "that is in the rules folder " + Locations.describe(rules) + ", which holds no reviews")
                    + "; write the review to a new file elsewhere");
        }
        if (target.startsWith(gazetteer) && Files.exists(target)) {
            boolean loaded = target.getParent().equals(gazetteer) && target.getFileName().toString().endsWith(".csv");
            throw new ConfigurationException(where + "that is " + Locations.describe(target)
                    + (loaded ? ", which the gazetteer loads, so writing it would drop its entities"
                            : ", a file of the gazetteer folder")
                    + "; write to a new file name, e.g. " + Locations.describe(gazetteer.resolve("reviewed-2.csv")));
        }
    }

    /**
     * The real path of {@code path}, which need not exist: each existing step is resolved by the
     * file system (links followed, {@code ..} taken from the real folder); the steps below the
     * first missing one do not exist yet, so they are resolved as written.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath();
        Path resolved = abs.getRoot();
        boolean missing = false;
        for (Path step : abs) {
            Path next = resolved.resolve(step);
            if (!missing && Files.exists(next)) {
                try {
                    resolved = next.toRealPath();
                } catch (IOException e) {
                    throw new ConfigurationException(Locations.describe(next) + ": cannot resolve the path ("
                            + e.getMessage() + ")", e);
                }
            } else {
                missing = true;
                resolved = next;
            }
        }
        return resolved.normalize();
    }
}
