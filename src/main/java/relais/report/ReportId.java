package relais.report;

import java.util.Objects;
import java.util.UUID;

/** A freelancer's report, and the case it opens; written as its bare UUID in URLs, JSON and pages. */
public record ReportId(UUID value) {
    public ReportId { Objects.requireNonNull(value, "report id"); }
    public static ReportId random() { return new ReportId(UUID.randomUUID()); }
    @Override public String toString() { return value.toString(); }
}
