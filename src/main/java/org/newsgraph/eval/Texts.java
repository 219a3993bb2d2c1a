package org.newsgraph.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares free texts (quotes, claims) and counts loosely, because the gold paraphrases or
 * trims what the article says. Texts are normalised to lower-case letters and digits separated
 * by single spaces; two texts match when one contains the other (on word boundaries) or their
 * word sets have a Jaccard similarity of at least {@value #JACCARD_THRESHOLD}.
 *
 * <pre>{@code
 * Texts.similar("\"We will respond,\" he said.", "we will respond");   // true
 * Texts.sameCount("at least 49", "49");                               // true
 * }</pre>
 */
public final class Texts {
    /** The least token-set Jaccard similarity for two texts to match. */
    public static final double JACCARD_THRESHOLD = 0.5;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Texts() {
    }

    /** Lower case, letters and digits only, single spaces. */
    public static String normalize(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The Jaccard similarity of the two texts' normalised word sets (0 when both are empty). */
    public static double jaccard(String a, String b) {
        Set<String> sa = words(a);
        Set<String> sb = words(b);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        return (double) common.size() / union.size();
    }

    /** Whether the texts match: containment either way, or Jaccard at least the threshold. */
    public static boolean similar(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        String pa = " " + na + " ";
        String pb = " " + nb + " ";
        return pa.contains(pb) || pb.contains(pa) || jaccard(na, nb) >= JACCARD_THRESHOLD;
    }

    /**
     * Whether two counts agree: both "unknown" (or without a number), or the same number whatever
     * words come with it ("at least 49" and "49"). Digit-group commas are ignored.
     */
    public static boolean sameCount(String gold, String predicted) {
        String g = number(gold);
        String p = number(predicted);
        return g == null ? p == null : g.equals(p);
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text.replaceAll("(?<=\\d),(?=\\d{3})", ""));
        return m.find() ? m.group().replaceFirst("^0+(?=\\d)", "") : null;
    }

    private static Set<String> words(String text) {
        String n = normalize(text);
        return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
    }
}
