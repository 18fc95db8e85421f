package relais.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import relais.freelancer.FreelancerId;
import relais.shared.Money;

/**
 * A quote for a client to work directly with a freelancer before the protection ends: the default fee from the
 * policy's formula with its inputs, optionally overridden by an account manager with a reason.
 */
public record Buyout(UUID id, FreelancerId freelancerId, UUID personId, UUID companyId, LocalDate requestedOn,
        UUID requestedBy, BigDecimal commissionRate, BigDecimal invoicedAmount, LocalDate protectedUntil,
        boolean openEnded, int protectionMonths, long remainingDays, BigDecimal computedFee, BigDecimal overrideFee,
        String overrideReason, String currency, BuyoutStatus status, LocalDate paidOn, String releaseId, UUID reportId) {

    public Money fee() {
        return new Money(overrideFee != null ? overrideFee : computedFee, currency);
    }
}
