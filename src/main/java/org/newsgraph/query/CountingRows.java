package org.newsgraph.query;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The rows of an answer, counted as they are read: not every {@code ResultSet} counts the rows a
 * writer takes from it (one read over HTTP does not), and {@code query} needs the count to tell
 * when a server's row cap may have cut an answer.
 *
 * <pre>{@code
 * CountingRows rows = new CountingRows(RowSet.adapt(resultSet));
 * ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_CSV);
 * rows.count();
 * }</pre>
 */
final class CountingRows implements RowSet {
    private final RowSet rows;
    private long count;

    CountingRows(RowSet rows) {
        this.rows = rows;
    }

    /** The rows read so far. */
    long count() {
        return count;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Binding next() {
        Binding row = rows.next();
        count++;
        return row;
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return count;
    }

    @Override
    public void close() {
        rows.close();
    }
}
