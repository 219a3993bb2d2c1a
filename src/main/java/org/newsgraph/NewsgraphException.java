package org.newsgraph;

/**
 * Root of every error newsgraph reports to its user. The message is one line that says what
 * went wrong, where (file and line when there is one) and how to fix it; the command line prints
 * it as it is and keeps the stack trace for {@code -v}.
 *
 * <pre>{@code
 * throw new InputException(file, 17, "expected a Wikidata id like Q123, found \"Q-12\"");
 * }</pre>
 */
public class NewsgraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
