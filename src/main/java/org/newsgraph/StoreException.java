package org.newsgraph;

/**
 * The dataset on disk is missing, locked by another process, or could not be written.
 *
 * <pre>{@code
 * throw new StoreException("out: no newsgraph dataset here; run `newsgraph build --out out` first");
 * }</pre>
 */
public class StoreException extends NewsgraphException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
