package org.newsgraph.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The small text rules of the import: cleaning a cell, folding accents to ASCII, making an id slug,
 * telling Latin script from other scripts, and normalising numbers.
 *
 * <pre>{@code
 * Text.slug("Mevlüt Çavuşoğlu");     // "mevlut-cavusoglu"
 * Text.isLatin("Ituʻau");            // true
 * Text.isLatin("Октябрьский");       // false
 * Text.decimal("50.70801190");       // "50.70801"
 * }</pre>
 */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern INTEGER = Pattern.compile("[0-9]+(?:\\.0*)?");
    private static final int DECIMALS = 5;

    /** Letters that lose nothing to NFD but still need an ASCII form. */
    private static final String[][] LETTERS = {
        {"ı", "i"}, {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"Đ", "D"}, {"ø", "o"}, {"Ø", "O"}, {"ß", "ss"},
        {"æ", "ae"}, {"Æ", "Ae"}, {"œ", "oe"}, {"Œ", "Oe"}, {"þ", "th"}, {"Þ", "Th"}, {"ð", "d"}, {"Ð", "D"},
        {"ħ", "h"}, {"Ħ", "H"}, {"ŧ", "t"}, {"Ŧ", "T"}, {"ŋ", "n"}, {"Ŋ", "N"}, {"ĸ", "k"},
        {"ʻ", "'"}, {"ʼ", "'"}, {"ʽ", "'"}, {"’", "'"}, {"‘", "'"}, {"–", "-"}, {"—", "-"},
    };

    private Text() {
    }

    /** The cell without {@code |} (the list separator of the output), control characters and runs of blanks. */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            b.append(c == '|' || Character.isISOControl(c) ? ' ' : c);
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    /** The text with accents removed and special Latin letters written in ASCII ("Çavuşoğlu" → "Cavusoglu"). */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        for (String[] pair : LETTERS) {
            if (plain.contains(pair[0])) {
                plain = plain.replace(pair[0], pair[1]);
            }
        }
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    /** The id form of a name: folded, lower case, every run of other characters one hyphen; "" when nothing is left. */
    static String slug(String text) {
        String s = NOT_SLUG.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * The comparison key of a name: its slug without hyphens, {@code &} read as "and"
     * ("Al-Hasakah" and "Al Hasakah" → "alhasakah"; "Antigua &amp; Barbuda" → "antiguaandbarbuda").
     */
    static String key(String text) {
        return slug(text.replace("&", " and ")).replace("-", "");
    }

    /**
     * Whether the text is written in Latin script: it has a Latin letter and every letter is Latin or of
     * no particular script (ʻokina, modifier letters); digits, blanks and punctuation do not count.
     */
    static boolean isLatin(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                return false;
            }
        }
        return latin;
    }

    /** Whether the text has at least one Latin letter. */
    static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** The number of letters in the text. */
    static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    /** Whether the cell is a Wikidata item id ({@code Q} and digits, no leading zero). */
    static boolean isQid(String cell) {
        return QID.matcher(cell).matches();
    }

    /** A coordinate rounded to five decimals without trailing zeros ("50.70801190" → "50.70801"), or "" if not a number. */
    static String decimal(String cell) {
        if (cell.isEmpty()) {
            return "";
        }
        try {
            BigDecimal d = new BigDecimal(cell).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** A count such as a population ("21714", "21714.0"), or -1 when the cell is empty, not a number or not positive. */
    static long count(String cell) {
        if (!INTEGER.matcher(cell).matches()) {
            return -1;
        }
        int dot = cell.indexOf('.');
        try {
            long n = Long.parseLong(dot < 0 ? cell : cell.substring(0, dot));
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The degrees of a coordinate cell, or NaN. */
    static double degrees(String cell) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
