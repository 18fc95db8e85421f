package relais.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import relais.freelancer.FreelancerId;

/**
 * A freelancer's report that a client proposed to go direct, and, when the person was protected on that day, the
 * case an account manager runs until it is closed with an outcome.
 */
public record Report(ReportId id, FreelancerId freelancerId, UUID personId, String email, String askedPersonId,
        LocalDate receivedOn,
        Channel channel, String said, String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
        ReportStatus status, Outcome outcome, LocalDate dueOn, UUID assigneeId, Instant createdAt,
        Instant firstActionAt, Instant closedAt) {

    public boolean isOpen() {
        return status == ReportStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && today.isAfter(dueOn);
    }

    public boolean isProtected() {
        return "PROTECTED".equals(verdict);
    }
}
