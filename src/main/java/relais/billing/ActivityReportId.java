package relais.billing;

import java.util.Objects;
import java.util.UUID;

/** An activity report; written as its bare UUID in URLs, JSON and pages. */
public record ActivityReportId(UUID value) {
    public ActivityReportId { Objects.requireNonNull(value, "activity report id"); }
    @Override public String toString() { return value.toString(); }
}
