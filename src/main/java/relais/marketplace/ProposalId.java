package relais.marketplace;

import java.util.Objects;
import java.util.UUID;

/** A proposal; written as its bare UUID in URLs, JSON and pages. */
public record ProposalId(UUID value) {
    public ProposalId { Objects.requireNonNull(value, "proposal id"); }
    public static ProposalId random() { return new ProposalId(UUID.randomUUID()); }
    @Override public String toString() { return value.toString(); }
}
