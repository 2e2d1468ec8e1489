package org.cooperationatlas.base.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The rows of summary_state: whether a table derived from the data has been filled since it was created. */
public final class SummaryState {

    private SummaryState() {}

    /**
     * Marks the state's work as taken, in the caller's transaction; false when it was done (or is being done, by
     * another node, which this one then waits for on the row's lock).
     */
    public static boolean claim(Connection connection, int state) throws SQLException {
        try (PreparedStatement claim =
                connection.prepareStatement("update summary_state set built = true where id = ? and built = false")) {
            claim.setInt(1, state);
            return claim.executeUpdate() == 1;
        }
    }
}
