package org.newsgraph.world;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;

/**
 * Which sources newsgraph trusts alone for a Wikidata id ({@code data/rules/id-sources.csv}): ids two sources
 * confirm are linked, conflicting ids never, single-source ids only from a source the file allows.
 *
 * <pre>{@code
 * IdPolicy policy = IdPolicy.load(Path.of("data/rules/id-sources.csv"));
 * policy.links(IdQuality.SINGLE, "dr5hn:cities/AM.json@7fda0af");   // false
 * }</pre>
 */
public final class IdPolicy {
    private final Set<String> trusted;

    private IdPolicy(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    public static IdPolicy load(Path file) {
        Set<String> trusted = new HashSet<>();
        for (CsvRow row : CsvTable.read(file, List.of("source", "single_source_links"), List.of("why"))) {
            String value = row.required("single_source_links");
            if (!value.equals("yes") && !value.equals("no")) {
                throw row.error("single_source_links must be yes or no, found \"" + value + "\"");
            }
            if (value.equals("yes")) {
                trusted.add(row.required("source"));
            }
        }
        return new IdPolicy(trusted);
    }

    /** The sources trusted alone, sorted: what distinguishes two policies. */
    public String describe() {
        return String.join(",", new java.util.TreeSet<>(trusted));
    }

    /** Whether an id of this quality, from this source cell, is linked. */
    public boolean links(IdQuality quality, String source) {
        if (quality == IdQuality.CONFIRMED) {
            return true;
        }
        if (quality != IdQuality.SINGLE) {
            return false;
        }
        for (String tag : source.split(" ; ")) {
            if (trusted.contains(name(tag.strip()))) {
                return true;
            }
        }
        return false;
    }

    /** The source's name: the cell's part before the first ":" or space. */
    static String name(String tag) {
        int end = tag.length();
        for (int i = 0; i < tag.length(); i++) {
            if (tag.charAt(i) == ':' || tag.charAt(i) == ' ') {
                end = i;
                break;
            }
        }
        return tag.substring(0, end);
    }
}
