package org.newsgraph.world;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.text.Names;

/**
 * Which posts a title names ({@code data/rules/title-positions.csv}): "Foreign Minister" fits "Minister of
 * Foreign Affairs of Armenia", not "Deputy Minister of Foreign Affairs".
 *
 * <pre>{@code
 * TitlePositions titles = TitlePositions.load(Path.of("data/rules/title-positions.csv"));
 * titles.fits("Prime Minister", "Prime Minister of Armenia");   // true
 * }</pre>
 */
public final class TitlePositions {
    /** No titles: nothing fits. */
    public static final TitlePositions NONE = new TitlePositions(Map.of());

    private record Rule(List<List<String>> requires, Set<String> excludes) {
    }

    private final Map<String, Rule> rules;

    private TitlePositions(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static TitlePositions load(Path file) {
        Map<String, Rule> rules = new HashMap<>();
        for (CsvRow row : CsvTable.read(file, List.of("title", "requires"), List.of("excludes"))) {
            List<List<String>> requires = new ArrayList<>();
            for (String alternative : row.list("requires")) {
                requires.add(words(alternative));
            }
            Set<String> excludes = row.list("excludes").stream().map(Names::key).collect(Collectors.toSet());
            if (requires.isEmpty()) {
                throw row.error("give the words a post's name must hold in column requires");
            }
            rules.put(Names.key(row.required("title")), new Rule(requires, excludes));
        }
        return new TitlePositions(rules);
    }

    private static List<String> words(String phrase) {
        return Arrays.asList(Names.key(phrase).split(" "));
    }

    /** Whether the title is one this file knows. */
    public boolean knows(String title) {
        return title != null && rules.containsKey(Names.key(title));
    }

    /** Whether a post of this name is one the title names. */
    public boolean fits(String title, String position) {
        Rule rule = title == null ? null : rules.get(Names.key(title));
        if (rule == null || position == null) {
            return false;
        }
        String key = " " + Names.key(position) + " ";
        for (String excluded : rule.excludes) {
            if (key.contains(" " + excluded + " ")) {
                return false;
            }
        }
        for (List<String> words : rule.requires) {
            if (words.stream().allMatch(w -> key.contains(" " + w + " "))) {
                return true;
            }
        }
        return false;
    }
}
