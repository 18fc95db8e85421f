package relais.report;

import relais.freelancer.FreelancerId;

/** A case was closed with this outcome. */
public record ReportClosed(ReportId reportId, FreelancerId freelancerId, Outcome outcome) {
}
