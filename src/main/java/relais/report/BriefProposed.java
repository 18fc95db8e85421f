package relais.report;

import relais.freelancer.FreelancerId;

/** A manager offered the client to bring its need onto the platform. */
public record BriefProposed(ReportId reportId, FreelancerId freelancerId, String managerName, String personName) {
}
