package relais.report;

/**
 * A reminder to the client person; without subject or body, the friendly template in that language is used. An empty
 * subject or body is refused. {@code confirm} sends it even when the same reminder already went on this case within a
 * day (an addition the API contract allows).
 */
public record ReminderRequest(String lang, String subject, String body, Boolean confirm) {

    public ReminderRequest(String lang, String subject, String body) {
        this(lang, subject, body, null);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }
}
