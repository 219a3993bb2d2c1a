package org.newsgraph.recognize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Words that show a place name is used for its government: "Baku said", "according to
 * Yerevan", "Addis Ababa would honour the deal". Read from a CSV file with columns
 * {@code cue,position,example}, where position is {@code after} (the cue follows the name),
 * {@code before} (it precedes it), {@code possessive} (it follows the name's "'s": "Moscow's
 * aggression", whatever precedes the name) or {@code not-after} (a word such as "in" that, right before
 * the name, makes it the place whatever follows: "talks in Addis Ababa would resume").
 *
 * <pre>{@code
 * GovernmentCues cues = GovernmentCues.load(Path.of("data/rules/government-cues.csv"));
 * }</pre>
 *
 * @param after  folded token sequences that may follow a name
 * @param before folded token sequences that may precede a name
 * @param notAfter folded words that, right before a name, stop every {@code after} cue
 * @param possessive folded token sequences that may follow a name's "'s"
 */
public record GovernmentCues(List<List<String>> after, List<List<String>> before, List<String> notAfter,
        List<List<String>> possessive) {
    public GovernmentCues {
        possessive = List.copyOf(possessive);
        after = List.copyOf(after);
        before = List.copyOf(before);
        notAfter = List.copyOf(notAfter);
    }

    /** No cues: a name that is both a place and a metonym is always the place. */
    public static GovernmentCues none() {
        return new GovernmentCues(List.of(), List.of(), List.of(), List.of());
    }

    /** Reads the cues file. */
    public static GovernmentCues load(Path file) {
        List<List<String>> after = new ArrayList<>();
        List<List<String>> before = new ArrayList<>();
        List<String> notAfter = new ArrayList<>();
        List<List<String>> possessive = new ArrayList<>();
        for (CsvRow row : CsvTable.read(file, List.of("cue", "position"), List.of("example"))) {
            List<String> cue = Names.tokens(row.required("cue")).stream().map(t -> Names.fold(t.text())).toList();
            switch (row.required("position")) {
                case "after" -> after.add(cue);
                case "possessive" -> possessive.add(cue);
                case "before" -> before.add(cue);
                case "not-after" -> notAfter.add(String.join(" ", cue));
                default -> throw row.error("position must be \"after\", \"before\", \"possessive\" or \"not-after\", found \""
                        + row.get("position") + "\"");
            }
        }
        return new GovernmentCues(after, before, notAfter, possessive);
    }

    /** Whether the tokens around {@code [first, last]} of {@code tokens} hold a cue. */
    boolean present(List<Token> tokens, int first, int last) {
        boolean place = first > 0 && notAfter.contains(Names.fold(tokens.get(first - 1).text()));
        for (List<String> cue : place ? List.<List<String>>of() : after) {
            if (matches(tokens, last + 1, cue)) {
                return true;
            }
        }
        for (List<String> cue : before) {
            if (matches(tokens, first - cue.size(), cue)) {
                return true;
            }
        }
        // "in the face of Moscow's aggression": a possessive before a government's act, whatever precedes
        boolean owner = last + 2 < tokens.size() && "'’".contains(tokens.get(last + 1).text())
                && Names.fold(tokens.get(last + 2).text()).equals("s");
        for (List<String> cue : owner ? possessive : List.<List<String>>of()) {
            if (matches(tokens, last + 3, cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> cue) {
        if (from < 0 || from + cue.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < cue.size(); k++) {
            if (!Names.fold(tokens.get(from + k).text()).equals(cue.get(k))) {
                return false;
            }
        }
        return true;
    }
}
