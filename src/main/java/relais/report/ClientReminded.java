package relais.report;

import relais.freelancer.FreelancerId;

/** A manager reminded the client person of the protection. */
public record ClientReminded(ReportId reportId, FreelancerId freelancerId, String managerName, String personName) {
}
