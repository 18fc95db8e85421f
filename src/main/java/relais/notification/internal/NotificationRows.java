package relais.notification.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.notification.AppNotification;

@Repository
public class NotificationRows {

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID accountId, String title, String body, String link, String lang) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_notification (id, account_id, title, body, link, lang)
                values (:id, :account, :title, :body, :link, :lang)""")
                .param("id", id).param("account", accountId).param("title", title).param("body", body)
                .param("link", link).param("lang", lang).update();
        return id;
    }

    public List<AppNotification> of(UUID accountId, int limit) {
        return jdbc.sql("""
                select id, account_id, title, body, link, created_at, read_at, lang from app_notification
                where account_id = :account order by created_at desc limit :limit""")
                .param("account", accountId).param("limit", limit)
                .query((rs, n) -> new AppNotification(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")), rs.getString("lang")))
                .list();
    }

    public int unreadCount(UUID accountId) {
        return jdbc.sql("select count(*) from app_notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Integer.class).single();
    }

    public void markAllRead(UUID accountId) {
        jdbc.sql("update app_notification set read_at = now() where account_id = :account and read_at is null")
                .param("account", accountId).update();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
