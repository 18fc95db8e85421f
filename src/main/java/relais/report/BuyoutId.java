package relais.report;

import java.util.Objects;
import java.util.UUID;

/** A buy-out's id as the web layer receives it. */
public record BuyoutId(UUID value) {
    public BuyoutId { Objects.requireNonNull(value, "buy-out id"); }
    @Override public String toString() { return value.toString(); }
}
