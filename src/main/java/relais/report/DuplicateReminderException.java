package relais.report;

import java.time.Instant;

import relais.shared.ConflictException;

/** The very same reminder already went to the client on this case a short while ago: sent again only when confirmed. */
public class DuplicateReminderException extends ConflictException {

    private final Instant sentAt;

    public DuplicateReminderException(Instant sentAt) {
        super("confirm", "The same reminder was already sent on this case at " + sentAt
                + "; send it again with \"confirm\": true if that is really wanted");
        this.sentAt = sentAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
