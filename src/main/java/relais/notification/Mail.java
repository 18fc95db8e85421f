package relais.notification;

/**
 * One e-mail to one person. The cause says what produced it (e.g. REPORT_OPENED) and the reference which record,
 * so that account managers can trace every message. The lang ("fr", "en") is the language it is written in.
 */
public record Mail(String to, String recipientName, String subject, String body, String cause, String reference,
        String lang) {

    /** A mail whose language is not told (it is then shown unmarked). */
    public Mail(String to, String recipientName, String subject, String body, String cause, String reference) {
        this(to, recipientName, subject, body, cause, reference, null);
    }

    /** The same mail, marked as written in {@code locale}'s language. */
    public Mail in(java.util.Locale locale) {
        return new Mail(to, recipientName, subject, body, cause, reference, locale == null ? null : locale.getLanguage());
    }


    public Mail {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a mail needs a subject and a body");
        }
    }
}
