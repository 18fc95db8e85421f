package relais.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import relais.freelancer.FreelancerId;
import relais.shared.ConflictException;
import relais.shared.Money;

/**
 * A quote for a client to work directly with a freelancer before the protection ends: the default fee from the
 * policy's formula with its inputs, optionally overridden by an account manager with a reason. A quote's fee may
 * change until it is paid; it is paid once.
 */
public record Buyout(UUID id, FreelancerId freelancerId, UUID personId, UUID companyId, LocalDate requestedOn,
        UUID requestedBy, BigDecimal commissionRate, BigDecimal invoicedAmount, LocalDate protectedUntil,
        boolean openEnded, int protectionMonths, long remainingDays, BigDecimal computedFee, BigDecimal overrideFee,
        String overrideReason, UUID overriddenBy, String currency, BuyoutStatus status, LocalDate paidOn,
        String releaseId, UUID reportId) {

    public Money fee() {
        return new Money(overrideFee != null ? overrideFee : computedFee, currency);
    }

    public boolean isPaid() {
        return status == BuyoutStatus.PAID;
    }

    /** The fee set by hand, with the reason; refused once the buy-out is paid. */
    Buyout override(BigDecimal fee, String reason, UUID by) {
        requireUnpaid();
        return new Buyout(id, freelancerId, personId, companyId, requestedOn, requestedBy, commissionRate,
                invoicedAmount, protectedUntil, openEnded, protectionMonths, remainingDays, computedFee, fee, reason, by,
                currency, status, paidOn, releaseId, reportId);
    }

    /** Refuses any change to a paid buy-out: its fee was what the client paid. */
    void requireUnpaid() {
        if (isPaid()) {
            throw new ConflictException(null, "report.conflict.buyout.paid", "This buy-out is already paid", paidOn);
        }
    }

    /**
     * Paid on {@code on}: the release it buys is recorded by {@code release} (which answers its id) only when the
     * buy-out was not paid already.
     */
    Buyout pay(LocalDate on, Supplier<String> release) {
        if (isPaid()) {
            throw new ConflictException(null, "report.conflict.buyout.paidOn",
                    "This buy-out was already paid on " + paidOn, paidOn);
        }
        return new Buyout(id, freelancerId, personId, companyId, requestedOn, requestedBy, commissionRate,
                invoicedAmount, protectedUntil, openEnded, protectionMonths, remainingDays, computedFee, overrideFee,
                overrideReason, overriddenBy, currency, BuyoutStatus.PAID, on, release.get(), reportId);
    }
}
