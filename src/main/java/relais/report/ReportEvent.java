package relais.report;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One step of a case's history: who did what, when, and the message when one was sent. Never changed. */
public record ReportEvent(UUID id, int position, Instant at, UUID actorId, String actorName, EventKind kind,
        String text, String subject, String body, Map<String, Object> data) {
}
