package org.cooperationatlas.base.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Tables derived from the data (summaries, a word index), filled from it once after the migration that creates
 * them (on whichever node migrates first) and on demand for data written around the application (a bulk load, a
 * restored backup). A row of summary_state says whether the work is done: a second node that starts at the same
 * time waits on that row's lock, then finds the work done. The data version's row lock keeps writers out while the
 * tables are filled, in one transaction.
 */
public abstract class DerivedTables implements Callback {

    private final DataSource dataSource;
    private final int stateRow;
    private final String name;

    /**
     * @param stateRow the id of this work's row in summary_state
     * @param name     what the tables are, for Flyway's log and for a failure's message
     */
    protected DerivedTables(DataSource dataSource, int stateRow, String name) {
        this.dataSource = dataSource;
        this.stateRow = stateRow;
        this.name = name;
    }

    /** Empties the tables and fills them from the data, on this connection, inside the caller's transaction. */
    protected abstract void fill(Connection connection) throws SQLException;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            inOneTransaction(context.getConnection(), false);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not fill the " + name, failed);
        }
    }

    @Override
    public String getCallbackName() {
        return name;
    }

    /** Fills the tables afresh from the data, in one transaction, whether or not they were filled before. */
    public void rebuild() {
        try (Connection connection = dataSource.getConnection()) {
            inOneTransaction(connection, true);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not rebuild the " + name, failed);
        }
    }

    private void inOneTransaction(Connection connection, boolean always) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (claim(connection) || always) {
                try (PreparedStatement raise =
                        connection.prepareStatement("update data_version set version = version + 1 where id = 1")) {
                    raise.executeUpdate();
                }
                fill(connection);
            }
            connection.commit();
        } catch (SQLException | RuntimeException failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Marks the work as taken; false when it was done (or is being done by another node, which this one awaits). */
    private boolean claim(Connection connection) throws SQLException {
        try (PreparedStatement claim =
                connection.prepareStatement("update summary_state set built = true where id = ? and built = false")) {
            claim.setInt(1, stateRow);
            return claim.executeUpdate() == 1;
        }
    }
}
