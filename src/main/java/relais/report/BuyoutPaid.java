package relais.report;

import java.time.LocalDate;

import relais.freelancer.FreelancerId;

/** A case's buy-out was paid; the relationship is free from {@code on}. */
public record BuyoutPaid(ReportId reportId, FreelancerId freelancerId, LocalDate on) {
}
