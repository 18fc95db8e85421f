package relais.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.notification.DeliveryStatus;
import relais.notification.Mail;
import relais.notification.OutboxMessage;

@Repository
public class OutboxRows {

    private static final String COLUMNS = """
            id, recipient_email, recipient_name, subject, body, cause, reference, created_at, status, attempts,
            next_attempt_at, last_error, sent_at, lang""";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(Mail mail) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_message (id, recipient_email, recipient_name, subject, body, cause, reference, lang)
                values (:id, :to, :name, :subject, :body, :cause, :reference, :lang)""")
                .param("id", id).param("to", mail.to()).param("name", mail.recipientName())
                .param("subject", mail.subject()).param("body", mail.body()).param("cause", mail.cause())
                .param("reference", mail.reference()).param("lang", mail.lang()).update();
        return id;
    }

    /**
     * Claims due messages for this transaction; SKIP LOCKED lets several app nodes send side by side without ever
     * taking the same message.
     */
    public void insertAttachment(UUID messageId, int position, relais.notification.MailAttachment attachment) {
        jdbc.sql("""
                insert into outbox_attachment (message_id, position, filename, content_type, content)
                values (:message, :position, :filename, :type, :content)""")
                .param("message", messageId).param("position", position).param("filename", attachment.filename())
                .param("type", attachment.contentType()).param("content", attachment.content()).update();
    }

    public List<relais.notification.MailAttachment> attachments(UUID messageId) {
        return jdbc.sql("select filename, content_type, content from outbox_attachment where message_id = :id order by position")
                .param("id", messageId)
                .query((rs, row) -> new relais.notification.MailAttachment(rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content"))).list();
    }

    public List<OutboxMessage> claimDue(int limit) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from outbox_message where status = 'PENDING' and next_attempt_at <= now()
                 order by next_attempt_at limit :limit for update skip locked""")
                .param("limit", limit).query(OutboxRows::message).list();
    }

    public void markSent(UUID id) {
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
                .param("id", id).update();
    }

    public void markFailedAttempt(UUID id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("""
                update outbox_message set attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
                       status = case when :giveUp then 'FAILED' else 'PENDING' end
                where id = :id""")
                .param("error", error).param("next", Timestamp.from(nextAttempt)).param("giveUp", giveUp)
                .param("id", id).update();
    }

    public List<OutboxMessage> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message order by created_at desc limit :limit")
                .param("limit", limit).query(OutboxRows::message).list();
    }

    public Optional<OutboxMessage> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id").param("id", id)
                .query(OutboxRows::message).optional();
    }

    public List<OutboxMessage> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where reference = :reference order by created_at")
                .param("reference", reference).query(OutboxRows::message).list();
    }

    static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("recipient_email"),
                rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body"), rs.getString("cause"),
                rs.getString("reference"), instant(rs, "created_at"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"),
                rs.getString("lang"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
