package relais.shared;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A JdbcClient for reading more rows than memory should hold: its queries fetch {@code fetchSize} rows at a time,
 * which PostgreSQL does through a cursor when the query runs inside a transaction (otherwise the driver reads every
 * row at once). Read its results as a stream and close it.
 */
public final class CursorJdbc {

    private CursorJdbc() {
    }

    public static JdbcClient client(DataSource dataSource, int fetchSize) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(fetchSize);
        return JdbcClient.create(template);
    }
}
