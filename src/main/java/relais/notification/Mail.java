package relais.notification;

/**
 * One e-mail to one person. The cause says what produced it (e.g. REPORT_OPENED) and the reference which record,
 * so that account managers can trace every message.
 */
public record Mail(String to, String recipientName, String subject, String body, String cause, String reference) {

    public Mail {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a mail needs a subject and a body");
        }
    }
}
