package relais.report;

import relais.freelancer.FreelancerId;

/** A protected person's proposal opened a case. */
public record ReportOpened(ReportId reportId, FreelancerId freelancerId) {
}
