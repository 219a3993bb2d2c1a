package org.newsgraph.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are cut into tokens and compared. A name matches text token by token, whatever the
 * spacing between tokens ("U.S." matches "U. S."), without regard to accents ("Cavusoglu"
 * matches "Çavuşoğlu") or apostrophe and dash styles; letter case is checked separately by
 * the recogniser.
 *
 * <pre>{@code
 * Names.tokens("Nagorno-Karabakh", 0, 16);   // Nagorno, -, Karabakh
 * Names.key("Mevlüt Çavuşoğlu");              // "mevlut cavusoglu"
 * }</pre>
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {
    }

    /** Whether a code point belongs inside a word token. */
    public static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** The tokens of {@code text[from, to)}; offsets are positions in {@code text}. */
    public static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isWordChar(cp)) {
                while (i < to && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(cp);
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    /** All tokens of a name. */
    public static List<Token> tokens(String name) {
        return tokens(name, 0, name.length());
    }

    /** The comparison key of one token: no accents, lower case, one apostrophe and one dash. */
    public static String fold(String token) {
        if (isPlainAscii(token)) {
            return token.toLowerCase(Locale.ROOT);
        }
        String plain = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return switch (plain) {
            case "’", "‘", "`", "´" -> "'";
            case "‐", "‑", "‒", "–", "—" -> "-";
            default -> plain.toLowerCase(Locale.ROOT);
        };
    }

    /** Letters and digits of ASCII only: nothing to fold but case. */
    private static boolean isPlainAscii(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** A readable id from a name: "Laurence Broers" → laurence-broers ("person" when nothing is left). */
    public static String slug(String name) {
        String key = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.isEmpty() ? "person" : key;
    }

    /** The comparison key of a whole name: its folded tokens joined by spaces. */
    public static String key(String name) {
        return String.join(" ", tokens(name).stream().map(t -> fold(t.text())).toList());
    }

    /** The small words a title keeps in lower case ("Minister of State for Presidential Affairs"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("for", "of", "and", "the", "to");

    /**
     * A title's words with their first letter capitalised, its small words ("for", "of", "and", "the", "to") aside:
     * "for presidential affairs" → "for Presidential Affairs". Words already capitalised stay as written.
     */
    public static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (String w : words.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean small = TITLE_SMALL_WORDS.contains(w);
            out.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
