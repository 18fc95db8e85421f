package relais.notification;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import relais.notification.internal.NotificationRows;
import relais.notification.internal.OutboxRows;

/**
 * What other modules call to tell someone something. Both kinds are written in the caller's transaction: if the
 * change that causes them is rolled back, no message goes out, and if it commits, none is lost.
 */
@Service
public class Notifications {

    private final OutboxRows outbox;
    private final NotificationRows notifications;
    private final String baseUrl;

    Notifications(OutboxRows outbox, NotificationRows notifications,
            @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    /** A page of Relais as a mail links to it: the path behind the platform's address ({@code relais.base-url}). */
    public String link(String path) {
        return baseUrl + path;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID mail(Mail mail) {
        return outbox.insert(mail);
    }

    /** A mail carrying files, written with them in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID mail(Mail mail, List<MailAttachment> attachments) {
        UUID id = outbox.insert(mail);
        for (int i = 0; i < attachments.size(); i++) {
            outbox.insertAttachment(id, i, attachments.get(i));
        }
        return id;
    }

    /** Whether a mail with this cause and reference was already queued (so that a replayed reaction sends it once). */
    public boolean mailed(String cause, String reference) {
        return outbox.byReference(reference).stream().anyMatch(m -> cause.equals(m.cause()));
    }

    /** The files a queued mail carries, in order. */
    public List<MailAttachment> attachments(UUID messageId) {
        return outbox.attachments(messageId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID inApp(UUID accountId, String title, String body, String link) {
        return notifications.insert(accountId, title, body, link, null);
    }

    /** A notification written in {@code locale}'s language, so that it is marked as such wherever it is shown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID inApp(UUID accountId, java.util.Locale locale, String title, String body, String link) {
        return notifications.insert(accountId, title, body, link, locale == null ? null : locale.getLanguage());
    }

    public List<OutboxMessage> outbox(int limit) {
        return outbox.latest(limit);
    }

    public java.util.Optional<OutboxMessage> outboxMessage(UUID id) {
        return outbox.byId(id);
    }

    public List<AppNotification> of(UUID accountId, int limit) {
        return notifications.of(accountId, limit);
    }

    public int unreadCount(UUID accountId) {
        return notifications.unreadCount(accountId);
    }

    @Transactional
    public void markAllRead(UUID accountId) {
        notifications.markAllRead(accountId);
    }
}
