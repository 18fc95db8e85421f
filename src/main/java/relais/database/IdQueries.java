package relais.database;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading many rows by their ids in one query, and in none when there is no id to read. */
public final class IdQueries {

    private IdQueries() {
    }

    /** @param sql a select that names the ids as {@code :ids}, e.g. {@code ... where c.id = any(:ids)} */
    public static <T> List<T> byIds(JdbcClient jdbc, String sql, Collection<UUID> ids, RowMapper<T> rows) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql).param("ids", ids.toArray(UUID[]::new)).query(rows).list();
    }
}
