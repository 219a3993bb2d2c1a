package org.newsgraph;

import java.nio.file.Path;

/**
 * Bad input data: an article, a manifest, a gazetteer or rule file that cannot be used as it is.
 * The message starts with the file (and line, when known).
 *
 * <pre>{@code
 * throw new InputException(Path.of("data/gazetteer/people.csv"), 17, "unknown kind \"Human\"; use one of ...");
 * // data/gazetteer/people.csv line 17: unknown kind "Human"; use one of ...
 * }</pre>
 */
public class InputException extends NewsgraphException {
    private static final long serialVersionUID = 1L;

    public InputException(Path file, long line, String problem) {
        super(Locations.describe(file) + " line " + line + ": " + problem);
    }

    public InputException(Path file, String problem) {
        super(Locations.describe(file) + ": " + problem);
    }

    public InputException(Path file, String problem, Throwable cause) {
        super(Locations.describe(file) + ": " + problem, cause);
    }
}
