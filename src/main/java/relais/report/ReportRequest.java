package relais.report;

import java.time.LocalDate;

/** A freelancer's report as typed: who (a person of theirs, or an address), when, how, and what was said. */
public record ReportRequest(String personId, String email, LocalDate receivedOn, Channel channel, String text) {
}
