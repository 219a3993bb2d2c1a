package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the length of sentences: a "sentence" longer than {@link #MAX_CHARS} (a line of
 * megabytes without a full stop, a table flattened into one line) is cut into pieces of at most
 * that many characters, each ending at a word boundary, so that what the later stages do per
 * sentence stays bounded and the cost of an article follows its length. Real sentences are far
 * shorter and pass unchanged. The cost is linear in the text.
 *
 * <pre>{@code
 * LongSentences.Result bounded = LongSentences.cut(splitter.split(text), text);
 * bounded.sentences();   // numbered from 1 again
 * bounded.cut();         // the sentences that were cut, as they were
 * }</pre>
 */
public final class LongSentences {
    /** The longest sentence kept whole, in characters: about 800 words, far beyond any real sentence. */
    public static final int MAX_CHARS = 5_000;

    private LongSentences() {
    }

    /**
     * The sentences, bounded.
     *
     * @param sentences every sentence, those over the limit cut, numbered from 1
     * @param cut       the sentences that were over the limit, as the splitter gave them
     */
    public record Result(List<Sentence> sentences, List<Sentence> cut) {
        public Result {
            sentences = List.copyOf(sentences);
            cut = List.copyOf(cut);
        }
    }

    /** {@code sentences} of {@code text}, every one over {@link #MAX_CHARS} cut at word boundaries. */
    public static Result cut(List<Sentence> sentences, String text) {
        if (sentences.stream().noneMatch(s -> s.text().length() > MAX_CHARS)) {
            return new Result(sentences, List.of());
        }
        List<Sentence> out = new ArrayList<>();
        List<Sentence> cut = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.text().length() <= MAX_CHARS) {
                out.add(s.renumbered(out.size() + 1));
                continue;
            }
            cut.add(s);
            int from = s.start();
            while (from < s.end()) {
                int end = s.end() - from <= MAX_CHARS ? s.end() : boundary(text, from, from + MAX_CHARS);
                int next = end;
                while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > from) {
                    out.add(new Sentence(out.size() + 1, from, end, text.substring(from, end)));
                }
                while (next < s.end() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                from = next;
            }
        }
        return new Result(out, cut);
    }

    /**
     * Where to end a piece that starts at {@code from} and may not reach past {@code limit}: at the
     * last white space in its second half; else after the last character that is no letter or
     * digit (a word ends there); else at the limit, never inside a surrogate pair.
     */
    static int boundary(String text, int from, int limit) {
        int floor = from + (limit - from) / 2;
        for (int i = limit; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit; i > floor; i--) {
            if (!Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(text.charAt(i))) {
                return Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
