package org.newsgraph.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.io.CsvTable;

/**
 * Splits sentences by rule: every line break ends a sentence (headlines, bullets and datelines
 * stand on their own lines in news text); inside a line a sentence ends at {@code . ! ?} (with any
 * closing quotes and brackets) followed by a space and a capital letter, digit or opening quote,
 * unless the word before the full stop is a known abbreviation or an initial. Leading bullet marks
 * are left out of the sentence.
 *
 * <pre>{@code
 * SentenceSplitter splitter = RuleSentenceSplitter.load(Path.of("data/rules/abbreviations.csv"));
 * splitter.split("Mr. Smith left. He said so.");   // two sentences
 * }</pre>
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«";
    private static final String BULLETS = "*•‣◦-–—·";

    private final Set<String> abbreviations;

    public RuleSentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** Reads the abbreviations from a CSV file with columns {@code abbreviation,meaning}. */
    public static RuleSentenceSplitter load(Path file) {
        return new RuleSentenceSplitter(CsvTable.read(file, List.of("abbreviation"), List.of("meaning")).stream()
                .map(row -> row.required("abbreviation"))
                .collect(Collectors.toSet()));
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && (CLOSERS.indexOf(text.charAt(end)) >= 0 || ".!?".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == end || next >= to || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, from, i)) {
                continue;
            }
            add(text, start, end, out);
            start = next;
            i = next - 1;
        }
        add(text, start, to, out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the word that ends with the full stop at {@code dot} is an abbreviation or an initial. */
    private boolean isAbbreviation(String text, int lineStart, int dot) {
        int wordStart = dot;
        while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < dot && OPENERS.indexOf(text.charAt(wordStart)) >= 0) {
            wordStart++;
        }
        String word = text.substring(wordStart, dot + 1);
        return abbreviations.contains(word) || INITIALS.matcher(word).matches() && word.length() <= 8;
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isBullet(text, start, end))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size() + 1, start, end, text.substring(start, end)));
        }
    }

    /** A bullet mark: one of {@link #BULLETS} followed by a space. */
    private static boolean isBullet(String text, int at, int end) {
        return BULLETS.indexOf(text.charAt(at)) >= 0 && at + 1 < end && Character.isWhitespace(text.charAt(at + 1));
    }
}
