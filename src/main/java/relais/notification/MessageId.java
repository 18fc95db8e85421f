package relais.notification;

import java.util.Objects;
import java.util.UUID;

/** An outbox message's id as the web layer receives it. */
public record MessageId(UUID value) {
    public MessageId { Objects.requireNonNull(value, "message id"); }
    @Override public String toString() { return value.toString(); }
}
