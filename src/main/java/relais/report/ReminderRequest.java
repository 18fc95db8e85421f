package relais.report;

/** A reminder to the client person; without subject or body, the friendly template in that language is used. */
public record ReminderRequest(String lang, String subject, String body) {
}
