package relais.report;

import relais.freelancer.FreelancerId;

/** A report about a person who was free that day: Relais answered it and closed it at once. */
public record ReportAnswered(ReportId reportId, FreelancerId freelancerId, String personName) {
}
