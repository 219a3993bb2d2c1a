package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.text.Names;

/**
 * Compares job titles the way the gold files write them: case, accents and punctuation do not
 * matter, and a few synonyms count as the same title. The synonyms are part of the scoring
 * definition (like the Jaccard threshold), not extraction rules, so they live here and not in
 * {@code data/rules/}.
 *
 * <pre>{@code
 * Titles.same("Defense Minister", "defence minister");          // true
 * Titles.canonical("Ministry of Defence spokeswoman");          // "ministry of defence spokesperson"
 * }</pre>
 */
public final class Titles {
    private static final Map<Pattern, String> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put(Pattern.compile("\\bspokes(?:man|woman|person)\\b"), "spokesperson");
        SYNONYMS.put(Pattern.compile("\\bdefen[cs]e minister\\b"), "defence minister");
        SYNONYMS.put(Pattern.compile("\\bminister (?:of|for) defen[cs]e\\b"), "defence minister");
        SYNONYMS.put(Pattern.compile("\\bminister (?:of|for) foreign affairs\\b"), "foreign minister");
        SYNONYMS.put(Pattern.compile("\\badvisor\\b"), "adviser");
        SYNONYMS.put(Pattern.compile("\\bsecretary of defen[cs]e\\b"), "defence secretary");
        SYNONYMS.put(Pattern.compile("\\bdefense secretary\\b"), "defence secretary");
        SYNONYMS.put(Pattern.compile("^premier$"), "prime minister");
        // "Minister of Information" is "Information Minister": a one-word portfolio after "of" or "for"
        SYNONYMS.put(Pattern.compile("^minister (?:of|for) (?:the )?(\\w+)$"), "$1 minister");
    }

    private Titles() {
    }

    /** The title's comparison form: dashes as spaces ("Secretary-General"), {@link Names#key}, then the synonyms applied. */
    public static String canonical(String title) {
        String t = Names.key(title.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' '));
        for (Map.Entry<Pattern, String> e : SYNONYMS.entrySet()) {
            t = e.getKey().matcher(t).replaceAll(e.getValue());
        }
        return t;
    }

    /** Whether two titles are the same after {@link #canonical}. */
    public static boolean same(String a, String b) {
        String ca = canonical(a);
        return !ca.isEmpty() && ca.equals(canonical(b));
    }
}
