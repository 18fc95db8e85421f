package relais.notification;

/** A file sent with a mail, such as an invoice's PDF. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        if (filename == null || filename.isBlank() || contentType == null || content == null) {
            throw new IllegalArgumentException("an attachment needs a file name, a content type and its content");
        }
    }
}
