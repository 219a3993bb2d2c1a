package org.newsgraph.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.text.Sentence;

/**
 * Tells the lines of an article that are not story text by their shape: a first line without a
 * full stop is the headline, a line that starts with a bullet mark is a bullet, a short line in
 * capitals is a section header. It reads the text alone, so it runs right after the sentences are split
 * (the pipeline's stage "layout"). Byline and credit lines are told by their cues and the
 * names after them, which the gazetteer's mentions end ({@code discover.PersonFinder}); the dateline by its
 * shape in the first sentence outside them ({@code facts.DatelineRules}).
 *
 * <pre>{@code
 * Map<Integer, SentenceRole> roles = Layout.roles(normalizedText, sentences);   // {1=HEADLINE, 4=SECTION}
 * }</pre>
 */
public final class Layout {
    private static final String BULLETS = "*•‣◦-–—·";
    private static final int SECTION_WORDS = 8;

    private Layout() {
    }

    /** Sentence index to role, for the sentences that stand alone on their line (an unmodifiable map). */
    public static Map<Integer, SentenceRole> roles(String text, List<Sentence> sentences) {
        Map<Integer, SentenceRole> roles = new HashMap<>();
        for (Sentence s : sentences) {
            // look only as far as the next non-blank character: a line can be megabytes long
            int after = s.end();
            while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            boolean wholeLine = after == text.length() || text.charAt(after) == '\n';
            if (!wholeLine) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
            String before = text.substring(lineStart, s.start()).strip();
            if (!before.isEmpty() && BULLETS.indexOf(before.charAt(0)) >= 0) {
                roles.put(s.index(), SentenceRole.BULLET);
            } else if (before.isEmpty() && isSection(s.text())) {
                roles.put(s.index(), SentenceRole.SECTION);
            } else if (before.isEmpty() && s.index() == 1 && !endsLikeASentence(s.text())) {
                roles.put(s.index(), SentenceRole.HEADLINE);
            }
        }
        return Collections.unmodifiableMap(roles);
    }

    /** A short line in capitals: "UKRAINE AND THE CAUCASUS". */
    private static boolean isSection(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        return letters >= 3 && line.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && line.split("\\s+").length <= SECTION_WORDS;
    }

    /** Whether a line ends as a sentence does (a headline does not): with a full stop, a closing quote or the like. */
    public static boolean endsLikeASentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;,\"”’)".indexOf(last) >= 0;
    }
}
