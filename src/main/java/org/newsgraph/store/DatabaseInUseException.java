package org.newsgraph.store;

import org.newsgraph.StoreException;

/**
 * A dataset's TDB2 database could not be opened because another process holds it (TDB2 lets one
 * process at a time open a database). {@link #holder()} says who, so that a reading command can go
 * through a newsgraph server that holds it, or wait for a build that is updating it.
 *
 * <pre>{@code
 * try (Store store = Store.open(dir)) { ... }
 * catch (DatabaseInUseException e) { e.holder().server().ifPresent(...); }
 * }</pre>
 */
public class DatabaseInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient DatabaseHolder holder;

    public DatabaseInUseException(String message, DatabaseHolder holder, Throwable cause) {
        super(message, cause);
        this.holder = holder;
    }

    /** The process that holds the database. */
    public DatabaseHolder holder() {
        return holder;
    }
}
