package relais.report;

import java.math.BigDecimal;

import relais.freelancer.FreelancerId;

/** A buy-out was quoted on a case, for this fee. */
public record BuyoutQuoted(ReportId reportId, FreelancerId freelancerId, BigDecimal fee, String currency) {
}
