package relais.report;

import relais.freelancer.FreelancerId;

/** A case was closed with this outcome; the note, when given, is told to the freelancer. */
public record ReportClosed(ReportId reportId, FreelancerId freelancerId, Outcome outcome, String note) {
}
