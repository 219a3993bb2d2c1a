package org.newsgraph.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular expression matcher reads it, giving up once its query is cancelled.
 * Java's matcher never checks for cancellation, and one match with catastrophic backtracking can
 * run for hours; it reads its input through {@link #charAt}, so that is where this text checks
 * the query's cancel signal (set by the timeout or an abort) and throws
 * {@link QueryCancelledException}, which stops the query as its timeout does.
 *
 * <pre>{@code
 * boolean found = pattern.matcher(CancellableText.of(text, execCxt.getCancelSignal())).find();
 * }</pre>
 */
final class CancellableText implements CharSequence {
    /** Reads between checks: a volatile read per character would slow every match. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    private CancellableText(String text, AtomicBoolean cancel) {
        this.text = text;
        this.cancel = cancel;
    }

    /** {@code text} checking {@code cancel}; the text itself where there is no signal to check. */
    static CharSequence of(String text, AtomicBoolean cancel) {
        return cancel == null ? text : new CancellableText(text, cancel);
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancel.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** A plain substring: the matcher asks for these only to hand over what it found. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
