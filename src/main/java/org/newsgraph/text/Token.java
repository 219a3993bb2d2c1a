package org.newsgraph.text;

/**
 * A word (a run of letters, digits and combining marks) or a single other non-space character.
 *
 * @param text  the characters
 * @param start first character, in the text that was tokenised
 * @param end   one past the last character
 */
public record Token(String text, int start, int end) {
    public Token {
        if (text.isEmpty() || end - start != text.length()) {
            throw new IllegalArgumentException("bad token [" + start + "," + end + ") " + text);
        }
    }

    /** Whether the token is a word rather than punctuation. */
    public boolean isWord() {
        return Names.isWordChar(text.codePointAt(0));
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
