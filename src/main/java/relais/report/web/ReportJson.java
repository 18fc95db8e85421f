package relais.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import relais.guard.DirectWorkAnswer;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.report.Report;
import relais.report.ReportEvent;

/** A report as the API shows it; the history comes with the single-report answer. */
record ReportJson(String id, String freelancerId, String personId, String email, LocalDate receivedOn, String channel,
        String text, String status, String outcome, VerdictJson verdict, LocalDate dueOn, boolean overdue,
        String assigneeId, Instant createdAt, Instant closedAt, List<Entry> history) {

    record Entry(int position, Instant at, String actor, String kind, String text, String subject, String body,
            @Schema(description = "The facts of the event, by name (they differ from one kind to another)")
            Map<String, Object> data) {
    }

    static ReportJson of(Report r, DirectWorkAnswer answer, VerdictTexts texts, Locale locale, LocalDate today,
            List<ReportEvent> events) {
        return new ReportJson(r.id().toString(), r.freelancerId().toString(),
                r.personId() == null ? null : r.personId().toString(), r.email(), r.receivedOn(), r.channel().name(),
                r.said(), r.status().name(), r.outcome() == null ? null : r.outcome().name(),
                VerdictJson.of(answer, texts, locale), r.dueOn(), r.isOverdue(today),
                r.assigneeId() == null ? null : r.assigneeId().toString(), r.createdAt(), r.closedAt(),
                events == null ? null : events.stream().map(e -> new Entry(e.position(), e.at(), e.actorName(),
                        e.kind().name(), e.text(), e.subject(), e.body(), e.data())).toList());
    }
}
