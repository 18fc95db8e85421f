package relais.report;

import java.time.LocalDate;

import relais.freelancer.FreelancerId;

/** A protected person's proposal opened a case, due for a response on {@code dueOn}. */
public record ReportOpened(ReportId reportId, FreelancerId freelancerId, String personName, LocalDate dueOn) {
}
