package relais.report;

import relais.freelancer.FreelancerId;

/** An account manager took a case, or handed it to another. */
public record CaseAssigned(ReportId reportId, FreelancerId freelancerId, String assigneeName) {
}
