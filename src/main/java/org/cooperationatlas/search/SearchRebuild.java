package org.cooperationatlas.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.cooperationatlas.base.data.DerivedTables;
import org.cooperationatlas.record.RecordWords;
import org.springframework.stereotype.Component;

/**
 * Fills the tables the filters read (words, countries, regions) from the records: once, after the migration that
 * creates them (on whichever node migrates first), and on demand for data written around the application.
 */
@Component
public class SearchRebuild extends DerivedTables {

    private static final String[] FILL = {"""
            insert into record_country (record_id, iso2, period_from)
            select id, lead_country, period_from from cooperation_record
            union
            select p.record_id, p.country_iso2, r.period_from
            from record_partner p join cooperation_record r on r.id = p.record_id
            """, """
            insert into record_region (record_id, region)
            select r.id, c.region from cooperation_record r join country c on c.iso2 = r.lead_country
            where c.region is not null
            union
            select p.record_id, c.region from record_partner p join country c on c.iso2 = p.country_iso2
            where c.region is not null
            """};

    /** The row of summary_state that says the filters' tables are filled. */
    private static final int WORDS = 2;

    SearchRebuild(DataSource dataSource) {
        super(dataSource, WORDS, "word index");
    }

    @Override
    protected void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from record_region");
            statement.executeUpdate("delete from record_country");
            for (String fill : FILL) {
                statement.executeUpdate(fill);
            }
            statement.executeUpdate("delete from record_word");
        }
        fillWords(connection);
    }

    /** The words of every record, read and written a few thousand records at a time. */
    private static void fillWords(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                        "select id, title, summary from cooperation_record where id > ? order by id limit 5000");
                PreparedStatement insert =
                        connection.prepareStatement("insert into record_word (word, record_id) values (?, ?)")) {
            long after = Long.MIN_VALUE;
            boolean more = true;
            while (more) {
                more = false;
                read.setLong(1, after);
                try (ResultSet records = read.executeQuery()) {
                    while (records.next()) {
                        more = true;
                        after = records.getLong(1);
                        for (String word : RecordWords.of(records.getString(2), records.getString(3))) {
                            insert.setString(1, word);
                            insert.setLong(2, after);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
